import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerdesk.errors import InvalidInput
from peerdesk.vault import recovery_key


def test_generated_key_is_nine_groups_of_four_and_parses_back() -> None:
    secret, printed = recovery_key.generate()
    groups = printed.split("-")
    assert len(groups) == 9 and all(len(g) == 4 for g in groups)
    assert recovery_key.parse(printed) == secret


@given(st.binary(min_size=20, max_size=20))
def test_any_secret_round_trips(secret: bytes) -> None:
    body = recovery_key._encode(secret)
    printed = recovery_key.format_key(body + recovery_key._checksum(body))
    assert recovery_key.parse(printed) == secret


def test_people_can_type_it_loosely() -> None:
    secret, printed = recovery_key.generate()
    loose = printed.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert recovery_key.parse(f"  {loose}\n") == secret


def test_every_single_character_typo_is_caught_by_the_checksum() -> None:
    _, printed = recovery_key.generate()
    chars = printed.replace("-", "")
    for position, original in enumerate(chars):
        replacement = "7" if original != "7" else "8"
        typo = chars[:position] + replacement + chars[position + 1 :]
        with pytest.raises(InvalidInput, match="typo"):
            recovery_key.parse(typo)


def test_swapped_neighbours_are_caught() -> None:
    _, printed = recovery_key.generate()
    chars = printed.replace("-", "")
    caught = 0
    for i in range(len(chars) - 1):
        if chars[i] == chars[i + 1]:
            continue
        swapped = chars[:i] + chars[i + 1] + chars[i] + chars[i + 2 :]
        with pytest.raises(InvalidInput):
            recovery_key.parse(swapped)
        caught += 1
    assert caught > 0


def test_wrong_length_and_foreign_characters_say_what_is_wrong() -> None:
    _, printed = recovery_key.generate()
    with pytest.raises(InvalidInput, match="9 groups of 4"):
        recovery_key.parse(printed[:-5])
    with pytest.raises(InvalidInput, match="can't contain 'U'"):
        recovery_key.parse("U" + printed[1:])
