"""gaoxin ETL: newspaper pages about high-tech parks → DuckDB."""
