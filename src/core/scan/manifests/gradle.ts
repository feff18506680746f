import { withVersion, type Dependency } from './dependency.ts';

const configurations =
  'implementation|api|compile|compileOnly|runtimeOnly|runtime|annotationProcessor|kapt|ksp|classpath|testImplementation|testCompile|testRuntimeOnly|testCompileOnly|androidTestImplementation|debugImplementation|releaseImplementation|developmentOnly';
const stringNotation = new RegExp(
  `\\b(${configurations})\\s*\\(?\\s*(?:platform\\s*\\(\\s*)?["']([^"':\\s]+):([^"':\\s]+)(?::([^"':\\s@]+))?(?:@[^"']*)?["']`,
  'g',
);
const mapNotation = new RegExp(
  `\\b(${configurations})\\s*\\(?\\s*group\\s*[:=]\\s*["']([^"']+)["']\\s*,\\s*name\\s*[:=]\\s*["']([^"']+)["'](?:\\s*,\\s*version\\s*[:=]\\s*["']([^"']+)["'])?`,
  'g',
);

/** Dependencies of a build.gradle or build.gradle.kts, read by pattern (the build script is never run). */
export function parseGradle(text: string): Dependency[] {
  const source = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  const dependencies: Dependency[] = [];
  for (const pattern of [stringNotation, mapNotation]) {
    for (const match of source.matchAll(pattern)) {
      const configuration = match[1]!;
      const scope = /^(test|androidTest|debug)/.test(configuration)
        ? 'dev'
        : configuration === 'compileOnly'
          ? 'optional'
          : undefined;
      const version = match[4]?.includes('$') ? undefined : match[4];
      dependencies.push(
        withVersion(
          { ecosystem: 'maven', namespace: match[2]!, name: match[3]!, ...(scope ? { scope } : {}) },
          version,
        ),
      );
    }
  }
  return dependencies;
}
