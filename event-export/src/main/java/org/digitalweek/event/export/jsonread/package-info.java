/**
 * How this library reads JSON text it did not write, for every JSON importer: limits on nesting,
 * string and document length, strict UTF-8, no repeated property, and failures that name the line,
 * the column, the JSON pointer and the rule in plain English, with no Jackson type showing.
 */
package org.digitalweek.event.export.jsonread;
