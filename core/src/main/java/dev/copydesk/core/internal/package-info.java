/** Implementation details shared inside the core; not part of the public API. */
@NullMarked
package dev.copydesk.core.internal;

import org.jspecify.annotations.NullMarked;
