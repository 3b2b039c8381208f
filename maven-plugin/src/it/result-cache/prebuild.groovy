// A damaged entry where the cache keeps the results of content/news/market-hall.md: named by the SHA-256
// of the file's id, it starts like an entry but its checksum does not match.
import java.security.MessageDigest

def hash = MessageDigest.getInstance('SHA-256').digest('content/news/market-hall.md'.getBytes('UTF-8')).encodeHex().toString()
def entry = new File(basedir, "target/copydesk/cache/${hash.substring(0, 2)}/${hash.substring(2)}.entry")
entry.parentFile.mkdirs()
def bytes = new ByteArrayOutputStream()
new DataOutputStream(bytes).with {
  writeInt(0x43444B43) // "CDKC"
  writeInt(1)
  write(new byte[80])
  writeLong(12345L)
}
entry.bytes = bytes.toByteArray()
return true
