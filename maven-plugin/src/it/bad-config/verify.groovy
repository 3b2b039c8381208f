def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('copydesk') }
assert runs.size() == 2

// 1: a typo in a rule id stops the build with the file, line and column, and a suggestion.
assert runs[0] =~ /Copydesk configuration is invalid: .*\.copydesk\.yml:2:3: unknown rule id 'page-chrom' \(did you mean 'page-chrome'\?\)/
assert runs[0].contains('MojoExecutionException')
assert !runs[0].contains('Copydesk reports:')

// 2: an output directory that cannot be created is a clear error, not a stack trace from deep inside.
assert runs[1] =~ /Copydesk cannot write its reports to .*pom\.xml\/copydesk: .*pom\.xml exists and is not a directory \(remove it or set outputDirectory \/ copydesk\.outputDirectory\)/
assert new File(basedir, 'pom.xml').isFile()
