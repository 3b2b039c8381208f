// Standalone: target/reports/copydesk.html with the annotated page beside it.
def standalone = new File(basedir, 'target/reports/copydesk.html')
assert standalone.isFile()
def page = standalone.text
assert page.contains('page-chrome')
assert page.contains('src/site/markdown/index.md')
assert page.contains('href="copydesk/copydesk.html"')
assert new File(basedir, 'target/reports/copydesk/copydesk.html').text.contains('Content-Security-Policy')

// In the site: the report page, listed among the project reports.
def site = new File(basedir, 'target/site/copydesk.html')
assert site.isFile()
assert site.text.contains('Share this')
assert new File(basedir, 'target/site/copydesk/copydesk.html').isFile()
assert new File(basedir, 'target/site/project-reports.html').text.contains('copydesk.html')
def log = new File(basedir, 'build.log').text
assert !log.contains('BUILD FAILURE') : 'findings never fail a report'
