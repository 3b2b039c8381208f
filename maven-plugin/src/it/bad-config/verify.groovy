// A typo in a rule id stops the build with the file, line and column, and a suggestion.
def log = new File(basedir, 'build.log').text
assert log =~ /Copydesk configuration is invalid: .*\.copydesk\.yml:2:3: unknown rule id 'page-chrom' \(did you mean 'page-chrome'\?\)/
assert log.contains('MojoExecutionException')
assert !new File(basedir, 'target/copydesk').exists()
