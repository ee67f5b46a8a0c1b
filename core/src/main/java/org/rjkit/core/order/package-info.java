/** Orders that restrict contact (no-contact, non-communication). */
package org.rjkit.core.order;
