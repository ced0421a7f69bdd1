"""The customer card (客户名片) and its tabs."""
from .card import CustomerCard

__all__ = ["CustomerCard"]
