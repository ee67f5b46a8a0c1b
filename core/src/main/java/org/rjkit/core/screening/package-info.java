/** The screening request: a case, a programme, a requester and a date. */
package org.rjkit.core.screening;
