/**
 * Outcome agreements: items (apology, financial compensation, donation, community service,
 * repair, other), each assented to by the parties concerned and tracked to completion in
 * follow-up (NZ-6, EU-5, seed 000). An item not completed is recorded as such and is never a
 * statement about guilt (UN para. 17, to be verified; ACT s.32A).
 */
package org.rjkit.process.agreement;
