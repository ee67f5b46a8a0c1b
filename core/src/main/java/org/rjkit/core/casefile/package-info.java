/** The case file: identifiers, jurisdiction, stage, court, prosecution and the case itself. */
package org.rjkit.core.casefile;
