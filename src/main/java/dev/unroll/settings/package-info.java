/**
 * What a lesson file's view settings mean to the diagram: one mapping, used by the window when it
 * opens and saves a lesson and by the {@code export} command for its defaults. It sits above the file
 * formats and the diagram, which know nothing of each other, and below the window and the command
 * line, which both use it, so neither of those two packages owns a copy of the rules.
 */
package dev.unroll.settings;
