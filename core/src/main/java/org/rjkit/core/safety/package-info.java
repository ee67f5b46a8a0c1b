/** Safety assessments: the latest one on or before a date counts. */
package org.rjkit.core.safety;
