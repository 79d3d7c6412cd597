"""Demo content written for this project."""
