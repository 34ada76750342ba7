from desktop.widgets.chart import ChartWidget
from desktop.widgets.empty_state import EmptyState, HelpButton
from desktop.widgets.flow import FlowLayout
from desktop.widgets.lazy_table import RIGHT, LazyColumn, LazyTableModel, fill_text_rows
from desktop.widgets.reason_card import ReasonCardView, card_html
from desktop.widgets.scroll import scrolled

__all__ = ["ChartWidget", "EmptyState", "FlowLayout", "HelpButton", "LazyColumn", "LazyTableModel", "RIGHT",
           "ReasonCardView", "card_html", "fill_text_rows", "scrolled"]
