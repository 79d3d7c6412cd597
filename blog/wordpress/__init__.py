"""Moving in from WordPress: a streaming WXR importer (and the exporter the demo round-trip
uses). docs/wordpress-import.md describes what maps to what."""
