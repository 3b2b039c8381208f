// The news story fails (error); the opinion override makes its finding a warning; the archive override
// turns the rule off; drafts are excluded by .copydesk.yml and text files by the plugin's excludes.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] content/news/story.md:[7,1] error page-chrome: ')
assert log.contains('[WARNING] content/opinion/story.md:[7,1] warning page-chrome: ')
assert !log.contains('content/archive/2019/story.md:[')
assert !log.contains('content/drafts/story.md')
assert !log.contains('desk-notes.txt')
assert log.contains('Copydesk: 2 findings (1 error, 1 warning, 0 info) in 2 of 3 files')
assert log.contains('Copydesk found 1 finding at or above error (none allowed).')
