"""Every setting a person can see has a human label and help in plain words: no stored codes
(snake_case), choices with words, and every {placeholder} a template accepts explained."""
from __future__ import annotations

import re

import pytest

from core.kernel.settings import REGISTRY

SNAKE = re.compile(r"(?<![{\w])[a-z]+_[a-z0-9_]+(?![\w}])")     # order_up_to, appointment_id
PLACEHOLDER = re.compile(r"\{([a-z_]+(?::[^}]*)?)\}")


def _specs():
    """The product's settings (tests register their own, e.g. ``test.notes``)."""
    from core.areas import AREAS
    from core.kernel.settings import KERNEL_PREFIXES
    product = set(AREAS) | set(KERNEL_PREFIXES) | {"mail"}
    return sorted((s for s in REGISTRY.values() if s.key.split(".")[0] in product), key=lambda s: s.key)


@pytest.mark.parametrize("spec", _specs(), ids=lambda s: s.key)
def test_every_setting_has_a_human_label_and_help(spec):
    assert spec.label and spec.label != spec.key and spec.label[0].isupper(), spec.key
    assert not SNAKE.search(spec.label) and "_" not in spec.label, spec.label
    assert len(spec.help) >= 20 and spec.help.rstrip(")").endswith("."), f"{spec.key}: {spec.help!r}"
    assert not SNAKE.search(spec.help), f"{spec.key}: raw code in help: {SNAKE.search(spec.help).group()}"


@pytest.mark.parametrize("spec", [s for s in _specs() if s.choices], ids=lambda s: s.key)
def test_choices_are_offered_in_words(spec):
    labels = dict(spec.choice_labels)
    assert set(labels) == set(spec.choices), f"{spec.key}: choices without words"
    for value in spec.choices:
        words = spec.choice_label(value)
        assert words != str(value) and not SNAKE.search(words) and words[0].isupper(), words


@pytest.mark.parametrize("spec", _specs(), ids=lambda s: s.key)
def test_placeholders_in_help_are_explained(spec):
    named = {name for name, _ in spec.placeholders}
    for found in PLACEHOLDER.findall(spec.help):
        assert found in named, f"{spec.key}: {{{found}}} is used in the help but not explained"
    for name, meaning in spec.placeholders:
        assert meaning and not SNAKE.search(meaning), (spec.key, name)


def test_reminder_letters_list_every_placeholder_they_accept():
    from core.invoicing.settings import TEMPLATE_FIELDS
    spec = REGISTRY["invoicing.reminders"]
    assert {name for name, _ in spec.placeholders} == set(TEMPLATE_FIELDS)
    assert "{seq:04d}" in REGISTRY["invoicing.series"].help and "running number" in REGISTRY["invoicing.series"].help
    assert REGISTRY["inventory.order_rule"].choice_label("eoq").startswith("Cheapest order size")
