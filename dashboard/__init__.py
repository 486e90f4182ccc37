"""gaoxin dashboard: Streamlit pages over the ETL's DuckDB file."""
