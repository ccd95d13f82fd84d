"""Do events survive lower-casing? A paradigm of sentences written for this check.

Each sentence is a subject (a nationality or country with a title chain and a person's name, an
organisation, a police unit, ``U.S.`` / ``U.N.``, a dateline, ...) and a verb phrase with a target,
followed by a plain second sentence (so that the article is long enough to be recased). Each is
analysed as written and lower-cased. An event *survives* when the lower-cased article has an event
with the same CAMEO root and the same source country as an event of the text as written (events
whose source has no country as written are not counted). Also counted: events of the lower-cased
text that the text as written does not have (root + source country), and sentences whose every
event survives.

    PYTHONPATH=src .venv/bin/python bench/truecase_paradigm.py [--set dev|new|free|all] [--caps] [--show]

``dev`` is the set written while writing the rules, ``new`` one written afterwards (nothing in it
was looked at while the rules were written), ``free`` whole sentences written afterwards too
(well-known actors; stacked titles, abbreviations, made-up names), ``all`` the three. ``--show`` prints the sentences whose events differ; ``--caps`` writes them in capitals instead.
"""

from __future__ import annotations

import argparse

# subjects: (subject phrase as written, set)
SUBJECTS_DEV = [
    "Russian President Ivan Petrov",
    "German Chancellor Olaf Brandt",
    "French Foreign Minister Claire Dubois",
    "Kenyan Interior Minister Peter Otieno",
    "Nigerian Defence Minister Musa Bello",
    "Pakistani Prime Minister Imran Qureshi",
    "Indian Home Minister Rakesh Verma",
    "Brazilian President Lucas Ferreira",
    "Turkish President Kemal Aydin",
    "Iranian Foreign Minister Reza Karimi",
    "Ukrainian President Taras Kovalenko",
    "Israeli Prime Minister David Levin",
    "Chinese Foreign Ministry spokesman Wang Lei",
    "U.S. Secretary of State Mary Collins",
    "U.N. Secretary-General Anders Holm",
    "Egyptian President Hassan Farouk",
    "Ethiopian Prime Minister Abiy Tesfaye",
    "Mexican President Ana Robles",
    "Kenya's opposition leader Grace Wanjiru",
    "Colombian army commander General Jorge Castillo",
    "Sudanese army chief Ahmed Osman",
    "The European Union",
    "The Nigerian army",
    "The U.S. State Department",
    "The U.N. Security Council",
    "Polish Prime Minister Jan Nowak",
    "Venezuelan opposition leader Rosa Mendez",
]

VERBS = [
    ("imposed sanctions on {t}", "Belarus"),
    ("criticised {t} over its treatment of journalists", "Poland"),
    ("accused {t} of shelling civilian areas", "Russia"),
    ("met {t}'s foreign minister in Geneva", "Japan"),
    ("called on {t} to release the detained activists", "Iran"),
    ("condemned {t} for the attack on the border post", "Ethiopia"),
    ("praised {t} for its help after the floods", "Canada"),
    ("threatened {t} with military action", "Armenia"),
]

# police subjects (regional news: datelines, units, ranks and names) take these verbs
POLICE_DEV = [
    "Police Inspector Ramesh Kumar",
    "Lagos police commissioner Tunde Adeyemi",
    "Kenyan police",
    "KANO: Police",
    "LUCKNOW: SHO Vikram Singh",
    "The Rapid Action Force in Dhaka",
    "Sub-Inspector Anil Sharma of Kotwali police station",
    "Nairobi County police commander Joseph Mwangi",
    "U.S. Border Patrol agents",
    "Pakistani police in Karachi",
]

POLICE_VERBS = [
    "arrested twelve protesters on Friday",
    "fired tear gas at students outside the university",
    "detained three journalists after the march",
    "beat demonstrators with batons near the market",
]

SECOND = [
    "Officials said the talks would continue next week in the capital.",
    "The statement came after several days of tension between the two governments.",
    "Diplomats said the move had been expected for some time.",
]


def sentences(which: str) -> list[str]:
    if which == "free":
        return [x + FREE_SECOND for x in FREE_NEW]
    subjects = SUBJECTS_DEV if which in ("dev", "all") else []
    police = POLICE_DEV if which in ("dev", "all") else []
    if which in ("new", "all"):
        subjects = subjects + SUBJECTS_NEW
        police = police + POLICE_NEW
    out = []
    for k, subj in enumerate(police):
        for j in range(2):
            verb = POLICE_VERBS[(k + j) % len(POLICE_VERBS)]
            out.append(f"{subj} {verb}. {SECOND[(k + j) % len(SECOND)]}")
    for k, subj in enumerate(subjects):
        for j in range(3):  # three verbs per subject, rotating
            verb, target = VERBS[(k + j * 3) % len(VERBS)]
            if target.lower() in subj.lower():
                target = "Armenia" if target != "Armenia" else "Japan"
            out.append(f"{subj} {verb.format(t=target)}. {SECOND[(k + j) % len(SECOND)]}")
    if which == "all":
        out += [x + FREE_SECOND for x in FREE_NEW]
    return out


# written after the rules, never looked at while writing them
SUBJECTS_NEW = [
    "Ghanaian Finance Minister Kwame Asante",
    "Former Peruvian president Luis Quispe",
    "Acting Sri Lankan President Nimal Perera",
    "Saudi Crown Prince Faisal bin Nasser",
    "Japanese Defence Minister Kenji Tanaka",
    "South African Justice Minister Hope Ndlovu",
    "Hamas political leader Yasser Haddad",
    "Taliban spokesman Zabihullah Noori",
    "British Foreign Secretary Mark Ellison",
    "Syrian army spokesman Colonel Samir Haddad",
    "Argentine Economy Minister Pablo Giménez",
    "Zimbabwean opposition leader Faith Moyo",
    "Afghan Interior Minister Abdul Rahimi",
    "Iraqi Prime Minister Ali al-Jabouri",
    "Somali President Hassan Warsame",
    "Thai Prime Minister Somchai Wongsawat",
    "Bangladeshi Home Minister Anwar Hossain",
    "Philippine Defense Secretary Ramon Dizon",
    "Russian Foreign Ministry spokeswoman Olga Zimina",
    "Georgian Prime Minister Levan Beridze",
]
POLICE_NEW = [
    "PATNA: Inspector Manoj Yadav",
    "Police Superintendent Deepak Rao",
    "Mumbai police commissioner Sanjay Patil",
    "Ugandan police spokesman Patrick Onyango",
    "DSP Harpreet Gill",
    "Constable Suresh Pal",
    "Punjab police chief Arjun Dhillon",
    "Ghana police commander Kofi Boateng",
]

# whole sentences written after the rules (well-known actors, then stacked titles, abbreviations and
# made-up names); each gets the second sentence below
FREE_NEW = [
    'The U.S.-led coalition carried out air strikes on militant positions near Raqqa.',
    'The UN refugee agency UNHCR criticised Greece over pushbacks of migrants.',
    "Kenya's ruling Jubilee Party accused the opposition of inciting violence.",
    'Boko Haram militants attacked a village in Borno state.',
    'Al-Shabaab fighters attacked a military base in southern Somalia.',
    'The Ethiopian National Defense Force shelled rebel positions in Tigray.',
    'Pro-government militias attacked protesters in Baghdad.',
    'Former Pakistani prime minister Nawaz Sharif criticised the army.',
    'Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo.',
    'NATO Secretary-General Jens Stoltenberg urged Russia to withdraw its troops.',
    'EU foreign policy chief Josep Borrell condemned the attack on civilians.',
    'Hezbollah leader Hassan Nasrallah threatened Israel with retaliation.',
    'The Sudanese Rapid Support Forces attacked the city of El Fasher.',
    'South Korean President Yoon Suk Yeol praised the United States for its support.',
    'Nigerian President Bola Tinubu ordered the army to rescue the kidnapped pupils.',
    'The Nepal Police arrested 15 protesters in Kathmandu.',
    "Uganda's opposition leader Bobi Wine accused the police of torturing his supporters.",
    'Venezuelan President Nicolás Maduro accused the United States of plotting a coup.',
    'Israeli Defense Minister Yoav Gallant ordered a complete siege of Gaza.',
    'Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow.',
    'Self-styled interim leader of Ruritania Anna Voss on Monday called on the army to abandon the government.',
    'Ruling party chief Marek Dal called on Poland to release the detained activists.',
    'Gen. Musa Bello threatened Chad with military action.',
    'Lt. Gen. Abdul Rahimi accused Pakistan of shelling border villages.',
    'Mr. Petrov criticised Ukraine over its treatment of journalists.',
    'Dr. Amina Yusuf praised Kenya for its help after the floods.',
    'Kenyan Senator Otieno Kajwang accused Uganda of arming rebels.',
    "Liberian Vice President Joseph Boakai met Ghana's foreign minister in Accra.",
    'Malian junta leader Colonel Assimi Kouyate threatened France with expulsion of its troops.',
    'Ghanaian opposition MP Samuel Okudzeto condemned Togo for the border attack.',
    'Congolese army spokesman General Sylvain Ekenge accused Rwanda of supporting the rebels.',
    'Rwandan Foreign Minister Olivier Nduhungirehe criticised Belgium over its statement.',
    "Burkinabe Prime Minister Apollinaire Kyelem met Russia's ambassador in Ouagadougou.",
    'Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of shelling border villages.',
    'Serbian President Aleksandar Vucic criticised Kosovo over the arrests.',
    'Haitian police chief Frantz Elbe accused the gangs of attacking the station.',
    'Iranian President Masoud Pezeshkian condemned Israel for the strike in Damascus.',
    'Kenyan police spokeswoman Resila Onyango said officers arrested 20 protesters in Nairobi.',
    'Indian Army chief General Manoj Pande visited troops in Ladakh.',
    'Philippine National Police chief Rommel Marbil ordered the arrest of the suspects.',
]
FREE_SECOND = " Officials said the talks would continue next week in the capital."


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="dev", choices=["dev", "new", "free", "all"])
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--caps", action="store_true", help="all capitals instead of lower case")
    args = ap.parse_args()

    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    pipe = Pipeline.create()

    def core(text: str) -> set[tuple[str, str]]:
        rec = pipe.analyse(Article(id="p", text=text, published="2024-02-08"))
        return {(e.cameo[:2], e.source.country) for e in rec.events
                if e.source is not None and e.source.country}

    total = kept = extra = whole = n = 0
    for text in sentences(args.set):
        n += 1
        cased, lower = core(text), core(text.upper() if args.caps else text.lower())
        total += len(cased)
        kept += len(cased & lower)
        extra += len(lower - cased)
        whole += cased <= lower
        if args.show and cased != lower:
            print(f"LOST {sorted(cased - lower)} ADDED {sorted(lower - cased)}: {text.lower()}")
    how = "capitalising" if args.caps else "lower-casing"
    print(f"paradigm ({args.set}{', all caps' if args.caps else ''}): {n} sentences, {total} events (root + source country) as written; "
          f"{kept} survive {how} ({kept / max(total, 1):.3f}); {whole} sentences keep all; "
          f"{extra} events only in the {how[:-3]}ed text")


if __name__ == "__main__":
    main()

