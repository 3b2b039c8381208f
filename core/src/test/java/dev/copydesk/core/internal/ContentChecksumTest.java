package dev.copydesk.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class ContentChecksumTest {

  @Test
  void isTheLengthThenCrc32cThenCrc32() {
    byte[] content = "The council met on 3 March.\n".getBytes(StandardCharsets.UTF_8);
    CRC32C c = new CRC32C();
    c.update(content);
    CRC32 d = new CRC32();
    d.update(content);
    byte[] expected = ByteBuffer.allocate(16).putLong(content.length).putInt((int) c.getValue()).putInt((int) d.getValue()).array();
    assertArrayEquals(expected, ContentChecksum.of(content));
    assertEquals(ContentChecksum.LENGTH, ContentChecksum.of(new byte[0]).length);
  }

  @Test
  void equalContentEqualChecksum() {
    byte[] a = "Leave a Reply".getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(ContentChecksum.of(a), ContentChecksum.of(a.clone()));
  }

  @Test
  void everyEditOfOneByteOrTwoChangesIt() {
    Random random = new Random(7);
    byte[] original = new byte[2_000];
    random.nextBytes(original);
    byte[] sum = ContentChecksum.of(original);
    for (int i = 0; i < original.length; i++) {
      byte[] edited = original.clone();
      edited[i] ^= (byte) (1 + random.nextInt(255));
      assertFalse(Arrays.equals(sum, ContentChecksum.of(edited)), "byte " + i);
      int j = random.nextInt(original.length);
      if (j != i) {
        edited[j] ^= (byte) (1 + random.nextInt(255));
        assertFalse(Arrays.equals(sum, ContentChecksum.of(edited)), "bytes " + i + " and " + j);
      }
    }
  }

  @Test
  void swappedWordsAndAddedTextChangeIt() {
    Set<String> seen = new HashSet<>();
    for (String s : new String[] {"Critics say the plan will fail.", "Critics say the fail will plan.", "Critics say the plan will fail. ",
        "critics say the plan will fail.", "Critics say the plan will fail!", ""}) {
      assertEquals(true, seen.add(Arrays.toString(ContentChecksum.of(s.getBytes(StandardCharsets.UTF_8)))), s);
    }
  }
}
