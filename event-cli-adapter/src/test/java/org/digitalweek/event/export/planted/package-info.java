/**
 * Classes that break the cross-module rules on purpose, in the CLI's test sources only, so each
 * rule is seen to fail. They sit in adapter package names so that the real rules apply to them.
 */
package org.digitalweek.event.export.planted;
