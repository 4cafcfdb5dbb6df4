/**
 * Loads the native methods of every builtin type (each file defines one type's methods).
 */
import "./str";
import "./bytes";
import "./list";
import "./tuple";
import "./dict";
import "./set";
import "./numbers";
