/** The editions bundled with the library, starting with the 3rd Semaine du Numérique au Mali. */
package org.digitalweek.event.export.sample;
