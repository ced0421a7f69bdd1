"""The prospect board (看板): the method as a kanban the agent works in every day."""

from .board import ProspectBoard

__all__ = ["ProspectBoard"]
