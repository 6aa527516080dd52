/**
 * What the program says about itself: its version and build date, filled into a resource when the
 * jar is built, and the bundled libraries with their licences, written at build time from the
 * dependencies' own POMs. The window's Help → About and the command line's {@code --version} both
 * read them here, so this package stays free of JavaFX.
 */
package dev.unroll.about;
