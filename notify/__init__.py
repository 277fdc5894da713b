"""notify — see ARCHITECTURE.md for what this part owns."""
