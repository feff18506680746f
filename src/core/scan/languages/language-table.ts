import { rules, type CommentRules } from './comment-rules.ts';

/** What a language is for: test ratios and "main language" only look at programming languages. */
export type LanguageType = 'programming' | 'markup' | 'data' | 'prose';

/** One language of the table: how files are recognised and how their comments are written. */
export interface LanguageDefinition {
  /** The name, spelled as Debian's `cloc` spells it so that figures can be compared. */
  name: string;
  type: LanguageType;
  /** Lower-case extensions without the dot; an entry may hold a dot (`gradle.kts`). */
  extensions: readonly string[];
  /** Lower-case file names that are this language whatever their extension. */
  fileNames?: readonly string[];
  /** Interpreters named on a `#!` line (`#!/usr/bin/env python3` → `python3`). */
  interpreters?: readonly string[];
  /** True when cloc counts a first `#!` line as code (scripting languages). */
  script?: boolean;
  /** True when a line ending in a backslash continues on the next line. */
  continuation?: boolean;
  comments: CommentRules;
}

/** Languages in which `cloc` treats a trailing backslash as a line continuation. */
const continued = new Set([
  'Ada',
  'Assembly',
  'awk',
  'Bourne Again Shell',
  'Bourne Shell',
  'C',
  'C Shell',
  'C#',
  'C++',
  'C/C++ Header',
  'CMake',
  'Cython',
  'D',
  'Dart',
  'Go',
  'Java',
  'JavaScript',
  'JSON5',
  'JSX',
  'Korn Shell',
  'LESS',
  'Lua',
  'make',
  'Meson',
  'Objective-C',
  'Objective-C++',
  'OCaml',
  'PowerShell',
  'Python',
  'R',
  'Ruby',
  'sed',
  'Solidity',
  'Starlark',
  'Stylus',
  'Swift',
  'Tcl/Tk',
  'TypeScript',
  'Vala',
  'zsh',
]);

const words = (text: string): string[] => text.split(' ').filter(Boolean);

function language(
  name: string,
  type: LanguageType,
  extensions: string,
  comments: CommentRules,
  extra: { fileNames?: string; interpreters?: string; script?: boolean } = {},
): LanguageDefinition {
  const definition: LanguageDefinition = { name, type, extensions: words(extensions), comments };
  if (extra.fileNames) definition.fileNames = words(extra.fileNames);
  if (extra.interpreters) definition.interpreters = words(extra.interpreters);
  if (extra.script) definition.script = true;
  if (continued.has(name)) definition.continuation = true;
  return definition;
}

/**
 * The languages the scanner counts. Extensions and comment rules follow `cloc` 1.96 for the languages
 * both know; where `cloc` guesses between two languages from the content (`.m`, `.pl`, `.h`…), this table
 * takes the more common one.
 */
export const languageTable: readonly LanguageDefinition[] = [
  language('JavaScript', 'programming', 'js cjs mjs es6 jsm jsb jss pac jake', rules.cLike, {
    fileNames: 'jakefile',
    interpreters: 'node nodejs',
  }),
  language('TypeScript', 'programming', 'ts tsx mts cts', rules.cLike, { interpreters: 'deno ts-node tsx' }),
  language('JSX', 'programming', 'jsx', rules.cLike),
  language(
    'JSON',
    'data',
    'json jsonl geojson topojson webmanifest har avsc gltf tfstate composer.lock',
    rules.none,
    {
      fileNames: '.arcconfig .htmlhintrc .tern-project .watchmanconfig',
    },
  ),
  language('JSON5', 'data', 'json5', rules.cLike),
  language('YAML', 'data', 'yml yaml clang-format clang-tidy gemrc glide.lock sublime-syntax', rules.hash),
  language('TOML', 'data', 'toml', rules.hash),
  language('INI', 'data', 'ini prefs', rules.semicolon),
  language('Properties', 'data', 'properties', rules.properties),
  language('XML', 'markup', 'xml plist csl kml resx nuspec rdf rss iml fsproj props storyboard', rules.html, {
    fileNames: 'packages.config nuget.config app.config',
  }),
  language('XSD', 'markup', 'xsd', rules.html),
  language('XSLT', 'markup', 'xsl xslt', rules.html),
  language('SVG', 'markup', 'svg', rules.html),
  language('HTML', 'markup', 'html htm xht', rules.html),
  language('XHTML', 'markup', 'xhtml', rules.html),
  language('Markdown', 'prose', 'md markdown mdown mdwn mkd mkdn mkdown mdx ronn', rules.markdown),
  language('reStructuredText', 'prose', 'rst rest rst.txt rest.txt', rules.rst),
  language('AsciiDoc', 'prose', 'adoc asciidoc', rules.asciidoc),
  language('Text', 'prose', 'txt text', rules.none),
  language('TeX', 'markup', 'tex sty cls dtx ins bib bst ltx', rules.percent),
  language('CSS', 'markup', 'css', rules.cBlock),
  language('SCSS', 'markup', 'scss', rules.cLike),
  language('Sass', 'markup', 'sass', rules.cLike),
  language('LESS', 'markup', 'less', rules.cLike),
  language('Stylus', 'markup', 'styl', rules.cLike),
  language('Python', 'programming', 'py pyw pyi py3 gyp gypi wsgi', rules.python, {
    fileNames: 'sconstruct sconscript wscript',
    interpreters: 'python python2 python3 pypy pypy3',
    script: true,
  }),
  language('Cython', 'programming', 'pyx pxd pxi', rules.python),
  language('Jupyter Notebook', 'programming', 'ipynb', rules.none),
  language('Java', 'programming', 'java', rules.cLike),
  language('Kotlin', 'programming', 'kt kts ktm', rules.cLike),
  language('Scala', 'programming', 'scala sbt kojo', rules.cLike),
  language('Groovy', 'programming', 'groovy gvy gy gsh gant', rules.cLike, {
    fileNames: 'jenkinsfile',
    interpreters: 'groovy',
    script: true,
  }),
  language('Gradle', 'programming', 'gradle gradle.kts', rules.cLike),
  language('Clojure', 'programming', 'clj cljc cljx boot', rules.clojure),
  language('ClojureScript', 'programming', 'cljs', rules.clojure),
  language('C', 'programming', 'c cats ec pgc', rules.cLike),
  language('C++', 'programming', 'cpp cc cxx c++ cp tcc tpp ipp inl', rules.cLike),
  language('C/C++ Header', 'programming', 'h hh hpp hxx h++', rules.cLike),
  language('Objective-C', 'programming', 'm', rules.cLike),
  language('Objective-C++', 'programming', 'mm', rules.cLike),
  language('C#', 'programming', 'cs csx', rules.cLike),
  language('F#', 'programming', 'fs fsi fsx', rules.ocaml),
  language('Visual Basic .NET', 'programming', 'vb', rules.visualBasic),
  language('Visual Basic', 'programming', 'bas frm vba', rules.visualBasic),
  language('Go', 'programming', 'go', rules.cLike),
  language('Rust', 'programming', 'rs', rules.cLike),
  language('Swift', 'programming', 'swift', rules.cLike),
  language('Dart', 'programming', 'dart', rules.cLike),
  language('PHP', 'programming', 'php php3 php4 php5 phtml phpt inc', rules.php, {
    interpreters: 'php php5 php7 php8',
    script: true,
  }),
  language('Ruby', 'programming', 'rb rake gemspec ru rbw podspec jbuilder thor', rules.ruby, {
    fileNames: 'rakefile gemfile vagrantfile podfile guardfile capfile brewfile fastfile appfile berksfile',
    interpreters: 'ruby jruby',
    script: true,
  }),
  language('Perl', 'programming', 'pl pm perl plx psgi', rules.perl, {
    fileNames: 'cpanfile makefile.pl',
    interpreters: 'perl perl5',
    script: true,
  }),
  language('Lua', 'programming', 'lua wlua nse', rules.lua, { interpreters: 'lua luajit', script: true }),
  language('R', 'programming', 'r rprofile', rules.hash, { interpreters: 'rscript' }),
  language('Julia', 'programming', 'jl', rules.julia, { interpreters: 'julia' }),
  language('MATLAB', 'programming', 'mlx', rules.matlab),
  language('Elixir', 'programming', 'ex exs', rules.hash, { interpreters: 'elixir' }),
  language('Erlang', 'programming', 'erl hrl xrl yrl app.src', rules.percent, {
    fileNames: 'rebar.config',
    interpreters: 'escript',
    script: true,
  }),
  language('Haskell', 'programming', 'hs lhs hsc', rules.haskell, { interpreters: 'runhaskell' }),
  language('Elm', 'programming', 'elm', rules.haskell),
  language('PureScript', 'programming', 'purs', rules.haskell),
  language('OCaml', 'programming', 'ml mli mll mly', rules.ocaml),
  language('ReasonML', 'programming', 're rei', rules.cLike),
  language('ReScript', 'programming', 'res resi', rules.cLike),
  language('Lisp', 'programming', 'lisp lsp el asd', rules.lisp),
  language('Scheme', 'programming', 'scm ss sch sls sld', rules.semicolon),
  language('Racket', 'programming', 'rkt rktl rktd scrbl', rules.semicolon),
  language('Crystal', 'programming', 'cr', rules.hash, { interpreters: 'crystal', script: true }),
  language('Nim', 'programming', 'nim nims nimble', rules.nim),
  language('Zig', 'programming', 'zig', rules.slashes),
  language('D', 'programming', 'd di', rules.cLike),
  language('Solidity', 'programming', 'sol', rules.cLike),
  language('Vala', 'programming', 'vala', rules.cLike),
  language('Fortran 90', 'programming', 'f90 f95 f03 f08', rules.fortranFree),
  language('Fortran 77', 'programming', 'f77 for ftn', rules.fortranFixed),
  language('Pascal', 'programming', 'pas dpr lpr pp', rules.ocaml),
  language('Ada', 'programming', 'ada adb ads', rules.dashes),
  language('COBOL', 'programming', 'cbl cob cobol cpy', rules.none),
  language('Assembly', 'programming', 'asm s nasm a51', rules.semicolon),
  language('WebAssembly', 'programming', 'wat wast', rules.semicolon),
  language('CUDA', 'programming', 'cu cuh', rules.cLike),
  language('GLSL', 'programming', 'glsl vert frag geom comp tesc tese', rules.cLike),
  language('HLSL', 'programming', 'hlsl hlsli fxh', rules.cLike),
  language('Tcl/Tk', 'programming', 'tcl tk itk', rules.hash, { interpreters: 'tclsh wish', script: true }),
  language('Raku', 'programming', 'raku rakumod pm6 p6', rules.hash, {
    interpreters: 'raku perl6',
    script: true,
  }),
  language('CoffeeScript', 'programming', 'coffee cjsx iced', rules.hash, { fileNames: 'cakefile' }),
  language('Vuejs Component', 'programming', 'vue', rules.vue),
  language('Svelte', 'programming', 'svelte', rules.html),
  language('Astro', 'programming', 'astro', rules.vue),
  language('Bourne Shell', 'programming', 'sh', rules.hash, { interpreters: 'sh dash ash', script: true }),
  language('Bourne Again Shell', 'programming', 'bash', rules.hash, { interpreters: 'bash', script: true }),
  language('zsh', 'programming', 'zsh', rules.hash, { interpreters: 'zsh', script: true }),
  language('Korn Shell', 'programming', 'ksh', rules.hash, { interpreters: 'ksh mksh', script: true }),
  language('C Shell', 'programming', 'csh tcsh', rules.hash, { interpreters: 'csh tcsh', script: true }),
  language('Fish Shell', 'programming', 'fish', rules.hash, { interpreters: 'fish' }),
  language('PowerShell', 'programming', 'ps1 psm1 psd1', rules.powershell, {
    interpreters: 'pwsh powershell',
  }),
  language('DOS Batch', 'programming', 'bat cmd btm', rules.batch),
  language('awk', 'programming', 'awk gawk mawk nawk auk', rules.hash, {
    interpreters: 'awk gawk mawk nawk',
    script: true,
  }),
  language('sed', 'programming', 'sed', rules.hash, { interpreters: 'sed', script: true }),
  language('make', 'programming', 'mk mak am', rules.hash, {
    fileNames: 'makefile gnumakefile',
    interpreters: 'make',
    script: true,
  }),
  language('CMake', 'programming', 'cmake cmake.in', rules.hash, { fileNames: 'cmakelists.txt' }),
  language('Meson', 'programming', '', rules.hash, { fileNames: 'meson.build meson_options.txt' }),
  language('Starlark', 'programming', 'bzl bazel star', rules.hash, {
    fileNames: 'build.bazel workspace.bazel',
  }),
  language('Dockerfile', 'programming', 'dockerfile', rules.hash, { fileNames: 'dockerfile containerfile' }),
  language('Nix', 'programming', 'nix', rules.cBlock),
  language('HCL', 'programming', 'tf tfvars hcl nomad', rules.hash),
  language('Bicep', 'programming', 'bicep', rules.cLike),
  language('Puppet', 'programming', 'epp', rules.hash),
  language('SQL', 'programming', 'sql psql mysql pgsql cql', rules.sql),
  language('PL/SQL', 'programming', 'pls plb pck pkb pks', rules.sql),
  language('GraphQL', 'programming', 'graphql gql graphqls', rules.hash),
  language('Protocol Buffers', 'programming', 'proto', rules.cLike),
  language('Thrift', 'programming', 'thrift', rules.cLike),
  language('Handlebars', 'markup', 'hbs handlebars', rules.handlebars),
  language('Mustache', 'markup', 'mustache', rules.none),
  language('EJS', 'markup', 'ejs', rules.erb),
  language('ERB', 'markup', 'erb', rules.erb),
  language('Twig', 'markup', 'twig', rules.jinja),
  language('Jinja Template', 'markup', 'jinja jinja2 j2', rules.jinja),
  language('Nunjucks', 'markup', 'njk', rules.jinja),
  language('Liquid', 'markup', 'liquid', rules.none),
  language('Razor', 'markup', 'cshtml razor', rules.razor),
  language('Blade', 'markup', 'blade.php', rules.none),
  language('Pug', 'markup', 'pug jade', rules.slashes),
  language('Haml', 'markup', 'haml', rules.html),
  language('Smarty', 'markup', 'tpl smarty', rules.none),
  language('Velocity Template Language', 'markup', 'vm vtl', rules.none),
  language('Freemarker Template', 'markup', 'ftl', rules.none),
  language('JSP', 'markup', 'jsp jspf', rules.html),
  language('MSBuild script', 'data', 'csproj vbproj vcxproj msbuild wixproj', rules.html),
  language('Maven', 'data', 'pom', rules.html, { fileNames: 'pom.xml' }),
  language('Ant', 'data', '', rules.html, { fileNames: 'build.xml' }),
  language('PO File', 'data', 'po pot', rules.hash),
  language('diff', 'data', 'diff patch', rules.none),
  language('Cucumber', 'programming', 'feature', rules.hash),
  language('RobotFramework', 'programming', 'robot', rules.hash),
  language('Apex Class', 'programming', 'apex', rules.cLike),
  language('Gleam', 'programming', 'gleam', rules.slashes),
  language('Odin', 'programming', 'odin', rules.cLike),
  language('Verilog-SystemVerilog', 'programming', 'v sv svh', rules.cLike),
  language('VHDL', 'programming', 'vhd vhdl', rules.dashes),
  language('Smalltalk', 'programming', 'st', rules.none),
  language('Prolog', 'programming', 'pro prolog yap', rules.percent),
  language('QML', 'programming', 'qml qbs', rules.cLike),
  language('Jsonnet', 'programming', 'jsonnet libsonnet', rules.cLike),
  language('CUE', 'programming', 'cue', rules.slashes),
  language('Rego', 'programming', 'rego', rules.hash),
  language('Godot Scene', 'data', 'tscn', rules.semicolon),
  language('GDScript', 'programming', 'gd', rules.hash),
];
