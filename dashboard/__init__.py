"""jiedao dashboard: a Chinese Streamlit front end over the published warehouse."""
