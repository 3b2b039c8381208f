/**
 * Fixes written into content files, on request only: {@link dev.copydesk.core.fix.FixPlan} chooses the
 * edits findings suggest for one text, none overlapping another; {@link
 * dev.copydesk.core.fix.FileFixer} writes them into the file the text came from, atomically, and only
 * when the file still holds that text and can be written back in its own encoding.
 */
@NullMarked
package dev.copydesk.core.fix;

import org.jspecify.annotations.NullMarked;
