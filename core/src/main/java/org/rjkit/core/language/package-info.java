/** Languages and bilingual (English and French) texts used in every explanation. */
package org.rjkit.core.language;
