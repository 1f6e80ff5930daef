"""Running sends and recording them."""
