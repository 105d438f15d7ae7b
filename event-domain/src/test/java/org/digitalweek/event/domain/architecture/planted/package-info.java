/**
 * Classes that break the architecture rules on purpose, in test sources only, so that each rule is
 * seen to fail: a rule that checks nothing would pass here too.
 */
package org.digitalweek.event.domain.architecture.planted;
