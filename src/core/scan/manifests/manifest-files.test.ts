import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dependency } from './dependency.ts';
import { manifestKind, parseManifest } from './manifest-files.ts';

const deps = (path: string, text: string): Dependency[] => parseManifest(path, text)?.dependencies ?? [];
const brief = (path: string, text: string) =>
  deps(path, text).map((d) =>
    [d.namespace ? `${d.namespace}/${d.name}` : d.name, d.version ?? d.range, d.scope]
      .filter(Boolean)
      .join(' '),
  );

test('npm: package.json ranges and package-lock.json versions', () => {
  assert.deepEqual(
    brief(
      'package.json',
      '{"dependencies": {"@babel/core": "^7.0.0", "left-pad": "1.3.0"}, "devDependencies": {"jest": "29"}}',
    ),
    ['@babel/core ^7.0.0', 'left-pad 1.3.0', 'jest 29 dev'],
  );
  const lock = JSON.stringify({
    lockfileVersion: 3,
    packages: {
      '': { name: 'root' },
      'node_modules/a': { version: '1.0.0' },
      'node_modules/a/node_modules/@s/b': { version: '2.0.0', dev: true },
    },
  });
  assert.deepEqual(brief('package-lock.json', lock), ['a 1.0.0', '@s/b 2.0.0 dev']);
  const v1 = JSON.stringify({
    lockfileVersion: 1,
    dependencies: { a: { version: '1.0.0', dependencies: { b: { version: '2.0.0' } } } },
  });
  assert.deepEqual(brief('npm-shrinkwrap.json', v1), ['a 1.0.0', 'b 2.0.0']);
});

test('PyPI: requirements, pyproject.toml and Pipfile', () => {
  assert.deepEqual(
    brief(
      'requirements.txt',
      '# c\nDjango==4.2.1\nrequests[socks] >= 2.31 ; python_version > "3.8"\n-r other.txt\n-e git+https://x\nhttps://example.org/pkg.whl\nflask\n',
    ),
    ['Django 4.2.1', 'requests >=2.31', 'flask'],
  );
  assert.deepEqual(brief('requirements-dev.txt', 'pytest==8.0.0\n'), ['pytest 8.0.0 dev']);
  const pyproject =
    '[project]\ndependencies = ["httpx>=0.27", "pydantic==2.7.0"]\n[project.optional-dependencies]\ndocs = ["mkdocs"]\n[tool.poetry.dependencies]\npython = "^3.11"\nfastapi = "^0.110"\n';
  assert.deepEqual(brief('pyproject.toml', pyproject), [
    'httpx >=0.27',
    'pydantic 2.7.0',
    'mkdocs optional',
    'fastapi ^0.110',
  ]);
  assert.deepEqual(brief('Pipfile', '[packages]\nrequests = "*"\n[dev-packages]\npytest = "==8.0.0"\n'), [
    'requests',
    'pytest 8.0.0 dev',
  ]);
});

test('Maven and Gradle', () => {
  const pom = `<project><version>1.2.0</version><properties><spring.version>6.1.0</spring.version></properties>
    <dependencies>
      <dependency><groupId>org.springframework</groupId><artifactId>spring-core</artifactId><version>\${spring.version}</version></dependency>
      <dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version><scope>test</scope></dependency>
      <dependency><groupId>com.example</groupId><artifactId>sibling</artifactId><version>\${project.version}</version></dependency>
    </dependencies></project>`;
  assert.deepEqual(brief('pom.xml', pom), [
    'org.springframework/spring-core 6.1.0',
    'junit/junit 4.13.2 dev',
    'com.example/sibling 1.2.0',
  ]);
  const gradle = `dependencies {\n  implementation 'com.google.guava:guava:33.0.0-jre'\n  testImplementation("org.junit.jupiter:junit-jupiter:5.10.0")\n  // implementation 'commented:out:1.0'\n  api group: 'org.slf4j', name: 'slf4j-api', version: '2.0.9'\n}`;
  assert.deepEqual(brief('build.gradle', gradle), [
    'com.google.guava/guava 33.0.0-jre',
    'org.junit.jupiter/junit-jupiter 5.10.0 dev',
    'org.slf4j/slf4j-api 2.0.9',
  ]);
  assert.equal(manifestKind('app/build.gradle.kts')?.ecosystem, 'maven');
});

test('Go, Cargo, Composer, RubyGems and NuGet', () => {
  assert.deepEqual(
    brief(
      'go.mod',
      'module x\n\ngo 1.22\n\nrequire github.com/gorilla/mux v1.8.1\nrequire (\n\tgolang.org/x/text v0.14.0 // indirect\n)\n',
    ),
    ['github.com/gorilla/mux v1.8.1', 'golang.org/x/text v0.14.0 optional'],
  );
  assert.deepEqual(
    brief(
      'Cargo.toml',
      '[dependencies]\nserde = { version = "1.0", features = ["derive"] }\nlocal = { path = "../local" }\n[dev-dependencies]\ntokio = "1"\n',
    ),
    ['serde 1.0', 'tokio 1 dev'],
  );
  assert.deepEqual(
    brief(
      'Cargo.lock',
      '[[package]]\nname = "me"\nversion = "0.1.0"\n\n[[package]]\nname = "serde"\nversion = "1.0.197"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n',
    ),
    ['serde 1.0.197'],
  );
  assert.deepEqual(
    brief(
      'composer.json',
      '{"require": {"php": ">=8.1", "ext-json": "*", "monolog/monolog": "^3.0"}, "require-dev": {"phpunit/phpunit": "^10"}}',
    ),
    ['monolog/monolog ^3.0', 'phpunit/phpunit ^10 dev'],
  );
  assert.deepEqual(
    brief(
      'composer.lock',
      '{"packages": [{"name": "monolog/monolog", "version": "v3.5.0"}], "packages-dev": []}',
    ),
    ['monolog/monolog 3.5.0'],
  );
  assert.deepEqual(
    brief(
      'Gemfile',
      "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngroup :test do\n  gem 'rspec'\nend\n",
    ),
    ['rails ~> 7.1', 'rspec dev'],
  );
  assert.deepEqual(
    brief(
      'Gemfile.lock',
      'GEM\n  remote: https://rubygems.org/\n  specs:\n    rails (7.1.3)\n      actionpack (= 7.1.3)\n    nokogiri (1.16.2-x86_64-linux)\n\nPLATFORMS\n  ruby\n',
    ),
    ['rails 7.1.3', 'nokogiri 1.16.2'],
  );
  assert.deepEqual(
    brief(
      'src/App.csproj',
      '<Project><ItemGroup><PackageReference Include="Newtonsoft.Json" Version="13.0.3" /><PackageReference Include="xunit"><Version>2.6.0</Version><PrivateAssets>all</PrivateAssets></PackageReference></ItemGroup></Project>',
    ),
    ['Newtonsoft.Json 13.0.3', 'xunit 2.6.0 dev'],
  );
  assert.deepEqual(
    brief(
      'packages.config',
      '<packages><package id="NUnit" version="3.14.0" developmentDependency="true" /></packages>',
    ),
    ['NUnit 3.14.0 dev'],
  );
});

test('vendored manifests are not the project’s', () => {
  assert.equal(manifestKind('node_modules/a/package.json'), undefined);
  assert.equal(manifestKind('vendor/x/composer.json'), undefined);
});
