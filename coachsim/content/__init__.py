"""Scenarios and rubrics: pydantic models, YAML loading with file:line:col errors, validation."""
