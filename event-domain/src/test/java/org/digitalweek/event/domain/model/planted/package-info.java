/**
 * Classes that break the domain's rules on purpose, in test sources only, in a package that the
 * rules over the public model cover, so that the production rules themselves are seen to fail.
 */
package org.digitalweek.event.domain.model.planted;
