"""Where the people of the demo register live and come from: Geneva postal codes (town and commune) and streets,
departures to another canton or abroad, nationalities and permits, languages and e-mail domains, and the Faker
locales that names and streets are drawn from."""

from __future__ import annotations

from ocpm_desk.demo.proportions import Weighted

# ------------------------------------------------------------------------------------------------ places
# Real Geneva postal codes with their town (as Swiss Post writes it) and political commune; weight ~ population.
GENEVA_ZIP_CODES: tuple[tuple[str, str, str, int], ...] = (
    ("1201", "Genève", "Genève", 9), ("1202", "Genève", "Genève", 8), ("1203", "Genève", "Genève", 9),
    ("1204", "Genève", "Genève", 4), ("1205", "Genève", "Genève", 9), ("1206", "Genève", "Genève", 8),
    ("1207", "Genève", "Genève", 6), ("1208", "Genève", "Genève", 6), ("1209", "Genève", "Genève", 7),
    ("1212", "Grand-Lancy", "Lancy", 6), ("1213", "Onex", "Onex", 5), ("1213", "Petit-Lancy", "Lancy", 4),
    ("1214", "Vernier", "Vernier", 5), ("1217", "Meyrin", "Meyrin", 6), ("1218", "Le Grand-Saconnex",
                                                                         "Le Grand-Saconnex", 3),
    ("1219", "Le Lignon", "Vernier", 3), ("1220", "Les Avanchets", "Vernier", 2),
    ("1222", "Vésenaz", "Collonge-Bellerive", 2), ("1223", "Cologny", "Cologny", 2),
    ("1224", "Chêne-Bougeries", "Chêne-Bougeries", 3), ("1225", "Chêne-Bourg", "Chêne-Bourg", 2),
    ("1226", "Thônex", "Thônex", 3), ("1227", "Carouge GE", "Carouge", 5),
    ("1228", "Plan-les-Ouates", "Plan-les-Ouates", 3), ("1231", "Conches", "Chêne-Bougeries", 1),
    ("1232", "Confignon", "Confignon", 1), ("1233", "Bernex", "Bernex", 3), ("1234", "Vessy", "Veyrier", 1),
    ("1242", "Satigny", "Satigny", 1), ("1255", "Veyrier", "Veyrier", 2), ("1256", "Troinex", "Troinex", 1),
    ("1290", "Versoix", "Versoix", 3),
)
GENEVA_STREETS = (
    "Rue de Lausanne", "Rue de Carouge", "Boulevard Carl-Vogt", "Route de Chancy", "Avenue de Frontenex",
    "Rue du Rhône", "Route de Meyrin", "Chemin de la Gravière", "Rue de la Servette", "Avenue Wendt",
    "Rue des Pâquis", "Boulevard du Pont-d'Arve", "Rue de Lyon", "Avenue de Champel", "Route de Florissant",
    "Rue Voltaire", "Rue de Montchoisy", "Avenue Henri-Dunant", "Rue Liotard", "Route de Saint-Julien",
    "Avenue du Petit-Lancy", "Route du Grand-Lancy", "Rue Ancienne", "Route de Malagnou", "Avenue de Thônex",
    "Route de Ferney", "Avenue de Vaudagne", "Route de Vernier", "Avenue du Lignon", "Avenue Louis-Casaï",
    "Route des Acacias", "Rue Dancet", "Boulevard de la Cluse", "Rue de Bâle", "Rue de la Terrassière",
    "Chemin de Grange-Canal", "Rue des Eaux-Vives", "Avenue de Miremont", "Rue de Berne", "Quai du Seujet",
)
# departures to another canton: (zip, town, destination as the register writes it, street pool)
SWISS_DESTINATIONS: tuple[tuple[str, str, str, str, int], ...] = (
    ("1003", "Lausanne", "Lausanne (VD)", "fr_CH", 14), ("1260", "Nyon", "Nyon (VD)", "fr_CH", 10),
    ("1110", "Morges", "Morges (VD)", "fr_CH", 5), ("1196", "Gland", "Gland (VD)", "fr_CH", 5),
    ("1296", "Coppet", "Coppet (VD)", "fr_CH", 3), ("1700", "Fribourg", "Fribourg (FR)", "fr_CH", 4),
    ("2000", "Neuchâtel", "Neuchâtel (NE)", "fr_CH", 4), ("1950", "Sion", "Sion (VS)", "fr_CH", 3),
    ("3011", "Bern", "Berne (BE)", "de_CH", 4), ("8001", "Zürich", "Zurich (ZH)", "de_CH", 6),
    ("4051", "Basel", "Bâle (BS)", "de_CH", 3), ("6900", "Lugano", "Lugano (TI)", "it_IT", 2),
)
# departures abroad: (country, foreign zip, town, street pool, weight)
FOREIGN: tuple[tuple[str, str, str, str, int], ...] = (
    ("FR", "74100", "Annemasse", "fr_FR", 14), ("FR", "74160", "Saint-Julien-en-Genevois", "fr_FR", 8),
    ("FR", "01210", "Ferney-Voltaire", "fr_FR", 8), ("FR", "01630", "Saint-Genis-Pouilly", "fr_FR", 6),
    ("FR", "74140", "Douvaine", "fr_FR", 3), ("FR", "01220", "Divonne-les-Bains", "fr_FR", 3),
    ("FR", "75011", "Paris", "fr_FR", 6), ("FR", "69003", "Lyon", "fr_FR", 4),
    ("PT", "1100-148", "Lisboa", "pt_PT", 6), ("PT", "4000-322", "Porto", "pt_PT", 4),
    ("IT", "20121", "Milano", "it_IT", 4), ("IT", "00184", "Roma", "it_IT", 3), ("IT", "10121", "Torino", "it_IT", 2),
    ("ES", "28001", "Madrid", "es_ES", 4), ("ES", "08001", "Barcelona", "es_ES", 3),
    ("DE", "10115", "Berlin", "de_DE", 3), ("DE", "80331", "München", "de_DE", 2),
    ("GB", "SW1A 2AA", "London", "en", 4), ("BE", "1050", "Bruxelles", "fr_FR", 3),
    ("US", "NY 10001", "New York", "en", 3),
)
COUNTRY_LABELS = {"FR": "France", "PT": "Portugal", "IT": "Italie", "ES": "Espagne", "DE": "Allemagne",
                  "GB": "Royaume-Uni", "BE": "Belgique", "US": "États-Unis"}
ENGLISH_STREETS = ("High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Main Street",
                   "Broadway", "Elm Street", "Oxford Road", "Kings Road")
# nationality of foreign residents → (weight, name pool)
NATIONALITIES: tuple[tuple[str, int, str], ...] = (
    ("PT", 22, "pt_PT"), ("FR", 20, "fr_FR"), ("IT", 14, "it_IT"), ("ES", 10, "es_ES"), ("DE", 6, "de_DE"),
    ("GB", 6, "en"), ("BR", 5, "pt_PT"), ("US", 4, "en"), ("BE", 3, "fr_FR"),
)
SWISS_ORIGINS = (("fr_CH", 62), ("de_CH", 18), ("it_IT", 10), ("fr_FR", 10))
PERMITS = (("C", 55), ("B", 35), ("L", 4), ("Ci", 3), ("F", 2), ("N", 1))
LANGUAGE_BY_POOL = {"fr_CH": "fr", "fr_FR": "fr", "de_CH": "de", "de_DE": "de", "it_IT": "it", "en": "en",
                    "pt_PT": "fr", "es_ES": "fr"}
EMAIL_DOMAINS = ("example.ch", "example.com", "example.org", "example.net")
FAKER_LOCALES = ("fr_CH", "de_CH", "it_IT", "fr_FR", "de_DE", "es_ES", "pt_PT", "en_GB")
POOL_DRAWS = 700  # Faker draws per pool and locale (deduplicated: a few thousand names and streets in all)

PICK_GENEVA_ZIP_CODE = Weighted([((z, t, c), w) for z, t, c, w in GENEVA_ZIP_CODES])
PICK_SWISS_DESTINATION = Weighted([((z, t, d, p), w) for z, t, d, p, w in SWISS_DESTINATIONS])
PICK_FOREIGN = Weighted([((c, z, t, p), w) for c, z, t, p, w in FOREIGN])
PICK_NATIONALITY = Weighted([((n, p), w) for n, w, p in NATIONALITIES])
PICK_SWISS_ORIGIN = Weighted(SWISS_ORIGINS)
PICK_PERMIT = Weighted(PERMITS)
PICK_PAST_RESIDENCES = Weighted([(0, 60), (1, 22), (2, 12), (3, 6)])
