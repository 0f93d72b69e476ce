"""The trip model: manifest, photos, timeline maths. No Qt widgets live here."""
