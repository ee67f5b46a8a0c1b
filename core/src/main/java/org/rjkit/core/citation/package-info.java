/** Citations of the law and policy that every rule and explanation refers to. */
package org.rjkit.core.citation;
