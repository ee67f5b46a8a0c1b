/**
 * Participants and their roles: victims (registered or not, deceased or incapable), victim
 * representatives, family of the victim or of the offender, offenders, supporters, community
 * members and facilitators.
 */
package org.rjkit.core.participant;
