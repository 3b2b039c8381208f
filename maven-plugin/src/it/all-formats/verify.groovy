import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def dir = new File(basedir, 'target/copydesk')
def log = new File(basedir, 'build.log').text
assert log.contains('Copydesk reports: target/copydesk/copydesk.txt, target/copydesk/copydesk.json, target/copydesk/copydesk.sarif, '
    + 'target/copydesk/copydesk-checkstyle.xml, target/copydesk/copydesk-junit.xml, target/copydesk/copydesk.html, '
    + 'target/copydesk/copydesk-github.txt')
assert log.contains('BUILD SUCCESS') : 'failOnSeverity none never fails'
// No temporary files are left next to the reports: only they, the stamp saying what they were written
// from, and the result cache.
assert dir.list().sort() == ['.copydesk-reports.stamp', 'cache', 'copydesk-checkstyle.xml', 'copydesk-github.txt', 'copydesk-junit.xml', 'copydesk.html',
    'copydesk.json', 'copydesk.sarif', 'copydesk.txt']
assert !new File(dir, 'cache').listFiles().any { it.directory && it.list().any { n -> n.endsWith('.tmp') } }

// console
def txt = new File(dir, 'copydesk.txt').readLines()
assert txt.count { it.startsWith('content/news/council-live.md:') } == 2
assert txt[-1].startsWith('2 findings (2 errors')

// GitHub Actions: a workflow command per finding, at its line (the path from the repository's root, as
// SARIF's), then the summary
def github = new File(dir, 'copydesk-github.txt').readLines()
assert github.count { it ==~ /::error file=([^,:]*\/)?content\/news\/council-live\.md,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=Copydesk [a-z-]+::.+/ } == 2
assert github[-1] == txt[-1]

// JSON
def json = new JsonSlurper().parse(new File(dir, 'copydesk.json'))
assert json.schemaVersion == '1.0'
assert json.summary.findings == 2
assert json.files*.path.sort() == ['content/news/council-live.md', 'content/news/library-reopens.md']

// SARIF
def sarif = new JsonSlurper().parse(new File(dir, 'copydesk.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'Copydesk'
assert run.tool.driver.rules*.id.contains('page-chrome')
assert run.results.size() == 2
run.results.each { r ->
  assert r.ruleId == 'page-chrome'
  assert run.tool.driver.rules[r.ruleIndex].id == r.ruleId
  assert r.level == 'error'
  def loc = r.locations[0].physicalLocation
  assert loc.artifactLocation.uri.endsWith('all-formats/content/news/council-live.md')
  assert !loc.artifactLocation.uri.startsWith('/')
  assert loc.artifactLocation.uriBaseId == '%SRCROOT%'
  assert loc.region.startLine in [6, 8]
  assert r.partialFingerprints['copydesk/v1'] ==~ /[0-9a-f]{32}:1/
}

// Checkstyle
def cs = new XmlSlurper().parse(new File(dir, 'copydesk-checkstyle.xml'))
assert cs.name() == 'checkstyle'
assert cs.file.size() == 2
def errors = cs.file.error
assert errors.size() == 2
assert errors.every { it.@source.text() == 'copydesk.boilerplate.page-chrome' && it.@severity.text() == 'error' }
assert cs.file.find { it.error.size() > 0 }.@name.text() == new File(basedir, 'content/news/council-live.md').canonicalPath

// JUnit
def junit = new XmlSlurper().parse(new File(dir, 'copydesk-junit.xml'))
def suite = junit.testsuite[0]
assert suite.@tests.text() == '2'
assert suite.@failures.text() == '1'
assert suite.testcase.size() == 2
assert suite.testcase.find { it.@name.text() == 'content/news/council-live.md' }.failure.size() == 2

// HTML: one self-contained page; the article's markup is text, not markup.
def html = new File(dir, 'copydesk.html').text
assert html.count('<script') == 1
assert !html.contains('<script>alert')
assert html.contains('&lt;script&gt;alert(&#39;budget&#39;)&lt;/script&gt;')
assert !html.contains('<i>4</i>')               // inline HTML in the article is never markup in the report
assert html.contains('a closing vote ]]&gt;.')
assert !(html =~ /(?i)(src|href)="https?:/)
assert html.count('<mark class="hl error"') == 2
assert html.contains('Content-Security-Policy')
