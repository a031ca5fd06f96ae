"""LLM parts: provider configuration (`config`), the LLM-voiced client (`client`, with reply
guardrails in `guard`), the LLM judge (`judge`), token accounting (`usage`) and the local
xllamacpp server started on demand (`server`). Nothing here is imported unless an LLM is used;
`config.provider_status()` is cheap (no SDK import) for the app's status line.
"""
