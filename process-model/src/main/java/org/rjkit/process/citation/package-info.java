/** The legal and policy sources cited by the process model's rules, one constant per source. */
package org.rjkit.process.citation;
