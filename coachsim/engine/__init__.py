"""The session engine: one call between a coach and a simulated client."""

from coachsim.engine.clients import ClientVoice, ScriptedClient, Voiced
from coachsim.engine.session import Beat, Session, StepResult

__all__ = ["Beat", "ClientVoice", "ScriptedClient", "Session", "StepResult", "Voiced"]
