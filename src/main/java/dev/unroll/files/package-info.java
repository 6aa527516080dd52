/**
 * Safe file writing, used by the file formats, the exports, the command line and the window: a file is written
 * whole to a temporary file beside its target and moved over it, so that a failed or interrupted write leaves any
 * earlier file unchanged. Kept apart from every format so that reading and writing lessons does not depend on the
 * picture exports.
 */
package dev.unroll.files;
