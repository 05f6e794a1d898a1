"""The people of a demo order (phase 1): whom it is about (a subject fit for its service, or for its deliberate
defect), the applicant and the person concerned as typed on the web platform (with the deliberate mistake, if any),
and the delivery address (the requester's, in care of someone in Geneva, abroad, or over the eCH-0010 limits)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ocpm_desk.demo.bulk import BulkWriter, Row
from ocpm_desk.demo.people import Person, Register, wrong_check_digit
from ocpm_desk.demo.places import PICK_FOREIGN
from ocpm_desk.demo.proportions import LONG_STREET_TAIL


class Applicants:
    """An order's people: its subject drawn from the register, the rows of its applicants (ids assigned by
    ``writer``) as they were typed, and its delivery address."""

    def __init__(self, writer: BulkWriter, rng: random.Random, register: Register) -> None:
        self.writer = writer
        self.rng = rng
        self.register = register

    def subject(self, service: str, defect: str | None) -> Person:
        """Whom the order is about: someone the deliberate ``defect`` applies to, else someone fit for ``service``."""
        rng = self.rng
        if defect == "not_registered":
            return rng.choice(self.register.departed)
        if defect == "not_departed":
            return rng.choice(self.register.residents)
        if defect == "not_swiss":
            return rng.choice(self.register.residents_foreign)
        if defect == "no_history":
            return self.register.unregistered_person()
        if service in ("ATT-DEP", "ATT-DEP-HIST"):
            return rng.choice(self.register.departed)
        if service == "ATT-RES-CIV":
            return rng.choice(self.register.residents_swiss)
        if defect is None and rng.random() < 0.08:
            return rng.choice(self.register.minors)
        if service == "ATT-RES-HIST" and self.register.residents_history and rng.random() < 0.8:
            return rng.choice(self.register.residents_history)
        return rng.choice(self.register.residents)

    def typed(self, person: Person, defect: str | None) -> Row:
        """The person as the applicant typed them on the web platform (with the deliberate mistake, if any)."""
        rng = self.rng
        last_name, first_name, birth, avs = person.last_name, person.first_name, person.birth_date, person.avs
        if defect == "identity_name":
            if rng.random() < 0.6 and len(last_name) >= 4:
                i = rng.randrange(1, len(last_name) - 1)
                changed = last_name[:i] + last_name[i + 1:]  # a letter left out
                last_name = changed if changed != last_name else last_name + "e"
            else:
                pools = self.register.pools
                others = pools.female[person.pool] if person.sex == "F" else pools.male[person.pool]
                first_name = next((n for n in rng.sample(others, min(5, len(others))) if n != first_name),
                                  first_name + "e")
        elif defect == "identity_birth":
            r = rng.random()
            if r < 0.4 and birth.day <= 12 and birth.day != birth.month:
                birth = date(birth.year, birth.day, birth.month)  # day and month swapped
            elif r < 0.7:
                birth = birth + timedelta(days=rng.choice((-2, -1, 1, 2, 10)))
            else:
                birth = birth.replace(year=birth.year + rng.choice((-1, 1)), day=min(birth.day, 28))
        elif defect == "identity_avs":
            avs = wrong_check_digit(avs, rng)
        return {
            "id": self.writer.new_id("applicants"), "avs": avs, "last_name": last_name, "first_name": first_name,
            "birth_date": birth, "email": person.email, "language": person.language,
        }

    def address(self, requester: Person, applicant: Row, defect: str | None) -> tuple[Row, bool]:
        """Delivery address columns for the requester, and whether it lies abroad."""
        rng = self.rng
        row: Row = {
            "addr_mr_mrs": "1" if requester.sex == "F" else "2", "addr_first_name": applicant["first_name"],
            "addr_last_name": applicant["last_name"], "addr_organisation": None, "addr_line": None,
            "addr_street": requester.street, "addr_house_number": requester.house_number,
            "addr_dwelling_number": None, "addr_post_office_box": None, "addr_swiss_zip_code": requester.zip_code,
            "addr_foreign_zip_code": None, "addr_town": requester.town, "addr_country": "CH",
        }
        abroad = requester.country != "CH"
        if abroad and defect != "address_product" and rng.random() < 0.3:
            abroad = False  # lives abroad, has it sent to someone in Geneva
            street, number, zip_code, town, _commune = self.register.geneva_address()
            row.update(addr_line=f"c/o {rng.choice(self.register.pools.last['fr_CH'])}", addr_street=street,
                       addr_house_number=number, addr_swiss_zip_code=zip_code, addr_town=town)
        elif abroad:
            row.update(addr_swiss_zip_code=None, addr_foreign_zip_code=requester.zip_code,
                       addr_country=requester.country)
        elif defect == "address_product" or rng.random() < 0.01:  # lives in Switzerland, wants it sent abroad
            abroad = True
            country, fzip, ftown, spool = PICK_FOREIGN.pick(rng)
            row.update(addr_street=self.register.street(spool), addr_house_number=self.register.house_number(),
                       addr_swiss_zip_code=None, addr_foreign_zip_code=fzip, addr_town=ftown, addr_country=country)
        if defect == "address_long":
            if rng.random() < 0.5:
                # over the eCH-0010 limit (60), within the column (100): a long street name once failed 100 000 orders
                row["addr_street"] = f"{row['addr_street']}, {LONG_STREET_TAIL}"[:100]
            else:  # every family name typed in the name field
                names = [str(applicant["last_name"])]
                while len(" ".join(names)) <= 30:
                    names.append(rng.choice(self.register.pools.last[requester.pool]))
                row["addr_last_name"] = " ".join(names)
        return row, abroad
