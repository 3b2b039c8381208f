// copydesk:rules lists the rules for the file given, with the configuration's override for the archive
// (page-chrome off there), without linting or writing anything.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] # rules for content/archive/2019/story.md')
assert log =~ /\[INFO\] page-chrome +off +\S/
assert log =~ /\[INFO\] missing-sources +warning +\S/
assert log.contains('[INFO]     min-words: ')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/copydesk').exists()
