<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CH" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="98"/>
        <source>About OCPM Desk</source>
        <translation>À propos d&apos;OCPM Desk</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="99"/>
        <source>&lt;h3&gt;OCPM Desk {version}&lt;/h3&gt;&lt;p&gt;Back-office application of the Cantonal Office for Population and Migration (OCPM), Republic and Canton of Geneva.&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt} · PySide6 {pyside} · {system}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OCPM Desk {version}&lt;/h3&gt;&lt;p&gt;Application de back-office de l&apos;Office cantonal de la population et des migrations (OCPM), République et canton de Genève.&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt} · PySide6 {pyside} · {system}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="38"/>
        <source>Personal data viewed</source>
        <translation>Données personnelles consultées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="39"/>
        <source>Order received</source>
        <translation>Commande reçue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="40"/>
        <source>Payment validated</source>
        <translation>Paiement validé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="41"/>
        <source>Order cancelled</source>
        <translation>Commande annulée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="42"/>
        <source>Order claimed</source>
        <translation>Commande prise en charge</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="43"/>
        <source>Order released</source>
        <translation>Commande libérée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="44"/>
        <source>Order reassigned</source>
        <translation>Commande réattribuée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="45"/>
        <source>Order put on hold</source>
        <translation>Commande mise en attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="46"/>
        <source>Review resumed</source>
        <translation>Examen repris</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="47"/>
        <source>Order approved</source>
        <translation>Commande approuvée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="48"/>
        <source>Refusal proposed</source>
        <translation>Refus proposé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="49"/>
        <source>Refusal proposal returned</source>
        <translation>Proposition de refus renvoyée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="50"/>
        <source>Refusal approved</source>
        <translation>Refus approuvé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="51"/>
        <source>Withdrawal recorded</source>
        <translation>Retrait enregistré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="52"/>
        <source>Documents printed</source>
        <translation>Documents imprimés</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="53"/>
        <source>Handed to the post</source>
        <translation>Remis à la poste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="54"/>
        <source>Delivery recorded</source>
        <translation>Distribution enregistrée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="55"/>
        <source>Return recorded</source>
        <translation>Retour enregistré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="56"/>
        <source>Sent again</source>
        <translation>Envoyé à nouveau</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="57"/>
        <source>Reissue (error attributable to OCPM)</source>
        <translation>Réédition (erreur imputable à l&apos;OCPM)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="58"/>
        <source>Logged in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="59"/>
        <source>Failed login</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="60"/>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="61"/>
        <source>Audit trail searched</source>
        <translation>Recherche dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="62"/>
        <source>Reference data loaded</source>
        <translation>Référentiel chargé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="63"/>
        <source>Demo data created</source>
        <translation>Données de démonstration créées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="64"/>
        <source>Row added (in the database)</source>
        <translation>Ligne ajoutée (dans la base de données)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="65"/>
        <source>Row changed (in the database)</source>
        <translation>Ligne modifiée (dans la base de données)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="66"/>
        <source>Row deleted (in the database)</source>
        <translation>Ligne supprimée (dans la base de données)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="92"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="93"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="100"/>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="101"/>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="102"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="103"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="104"/>
        <source>from</source>
        <translation>dès le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="105"/>
        <source>to</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="106"/>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="107"/>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="108"/>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="109"/>
        <source>rows changed</source>
        <translation>lignes modifiées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="131"/>
        <source>assigned to {person}</source>
        <translation>attribuée à {person}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="133"/>
        <source>{count} found</source>
        <translation>{count} résultat(s)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="139"/>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="159"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="163"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="164"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="167"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="171"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="183"/>
        <source>Event {id}</source>
        <translation>Événement {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/audit.py" line="221"/>
        <source>Double-click an event of an order to see that order&apos;s whole trail.</source>
        <translation>Double-cliquez sur un événement d&apos;une commande pour afficher tout le journal de cette commande.</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="79"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="109"/>
        <source>No audit event matches these filters</source>
        <translation>Aucun événement ne correspond à ces filtres</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="109"/>
        <source>Change the filters and search again.</source>
        <translation>Modifiez les filtres et relancez la recherche.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="118"/>
        <source>The newest {count} events: narrow the filters to see older ones</source>
        <translation>Les {count} événements les plus récents&#xa0;: affinez les filtres pour voir les plus anciens</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="122"/>
        <source>{count} events, newest first · dates and times in Geneva time</source>
        <translation>{count} événements, du plus récent au plus ancien · dates et heures de Genève</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="145"/>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="160"/>
        <source>Fro&amp;m</source>
        <translation>Dè&amp;s le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="163"/>
        <source>&amp;To</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="169"/>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="171"/>
        <source>Search the audit trail with these filters (Enter)</source>
        <translation>Rechercher dans le journal d&apos;audit avec ces filtres (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="174"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="174"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="174"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="199"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="200"/>
        <source>Who viewed what</source>
        <translation>Qui a consulté quoi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="200"/>
        <source>Who opened which order&apos;s personal data (LIPAD)</source>
        <translation>Qui a ouvert les données personnelles de quelle commande (LIPAD)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="205"/>
        <source>Row changes recorded by the database</source>
        <translation>Modifications enregistrées par la base</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="207"/>
        <source>Every change of orders, decisions and shipments, even by direct SQL (PostgreSQL)</source>
        <translation>Toute modification des commandes, décisions et envois, même en SQL direct (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="201"/>
        <source>Everything about orders</source>
        <translation>Tout sur les commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="202"/>
        <source>Logins and accounts</source>
        <translation>Connexions et comptes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="203"/>
        <source>Searches of the audit trail</source>
        <translation>Recherches dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="209"/>
        <source>Reference data</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="262"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="265"/>
        <source>Recompute every event&apos;s hash: any event changed or deleted since it was written is named</source>
        <translation>Recalcule l&apos;empreinte de chaque événement&#xa0;: tout événement modifié ou supprimé depuis son écriture est signalé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="287"/>
        <source>Verifying the whole chain…</source>
        <translation>Vérification de toute la chaîne…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="294"/>
        <source>✓ Chain intact: no event yet</source>
        <translation>✓ Chaîne intacte&#xa0;: aucun événement pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="297"/>
        <source>✓ Chain intact: {count} events checked, head {head}</source>
        <translation>✓ Chaîne intacte&#xa0;: {count} événements vérifiés, tête {head}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/audit.py" line="305"/>
        <source>✗ Chain broken at event {id}: {reason}</source>
        <translation>✗ Chaîne rompue à l&apos;événement {id}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="43"/>
        <source>Yes</source>
        <extracomment>Raw values for sorting, so that CHF 100.00 sorts after CHF 25.00: numbers and text only (dates as ordinals), which QSortFilterProxyModel compares; it cannot compare Python objects.</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="45"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="107"/>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="148"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="109"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="114"/>
        <source>Fee</source>
        <translation>Émolument</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="120"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="126"/>
        <source>From</source>
        <translation>Dès le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="132"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="150"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="155"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="161"/>
        <source>Registered</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/catalogue.py" line="167"/>
        <source>International</source>
        <translation>International</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="63"/>
        <source>Catalogue</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="74"/>
        <source>Services</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="81"/>
        <source>Postal products</source>
        <translation>Produits postaux</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="91"/>
        <source>The catalogue is empty</source>
        <translation>Le référentiel est vide</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="91"/>
        <source>No service and no postal product is in force today.</source>
        <translation>Aucune prestation ni aucun produit postal n&apos;est en vigueur aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="95"/>
        <source>In force on {date} · read-only</source>
        <translation>En vigueur le {date} · consultation seule</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/catalogue.py" line="96"/>
        <source>Services ({count})</source>
        <translation>Prestations ({count})</translation>
    </message>
</context>
<context>
    <name>DataScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/screens/base.py" line="96"/>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/base.py" line="131"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/base.py" line="157"/>
        <source>The data could not be loaded</source>
        <translation>Les données n&apos;ont pas pu être chargées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/base.py" line="160"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/base.py" line="173"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/base.py" line="176"/>
        <source>Load the data again from the database (F5)</source>
        <translation>Recharger les données depuis la base de données (F5)</translation>
    </message>
</context>
<context>
    <name>DeliveryClock</name>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="97"/>
        <source>On track</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="98"/>
        <source>Due</source>
        <translation>À échéance</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="99"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="105"/>
        <source>fewer than 7 working days since the order</source>
        <translation>moins de 7 jours ouvrables depuis la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="106"/>
        <source>7 to 14 working days since the order</source>
        <translation>de 7 à 14 jours ouvrables depuis la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="107"/>
        <source>more than 14 working days since the order</source>
        <translation>plus de 14 jours ouvrables depuis la commande</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="24"/>
        <source>The procedure did not succeed: the database cannot be reached. Check the connection and try again.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: la base de données est injoignable. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="35"/>
        <source>Unknown user or wrong password.</source>
        <translation>Utilisateur inconnu ou mot de passe erroné.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="39"/>
        <source>The procedure did not succeed: your roles do not allow this.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: vos rôles ne le permettent pas.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="41"/>
        <source>The procedure did not succeed: what you asked for no longer exists.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: l&apos;élément demandé n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="46"/>
        <source>The procedure did not succeed: {reason}.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="50"/>
        <source>The procedure did not succeed because of an unexpected error. Try again; if it happens again, tell the IT service desk.</source>
        <translation>La démarche n&apos;a pas abouti en raison d&apos;une erreur inattendue. Réessayez&#xa0;; si le problème persiste, contactez le support informatique.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="60"/>
        <source>This account is locked after repeated failed attempts. Try again after {time}.</source>
        <translation>Ce compte est verrouillé après plusieurs tentatives infructueuses. Réessayez après {time}.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ocpm_desk/gui/idle_lock.py" line="177"/>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/idle_lock.py" line="181"/>
        <source>The session of {username} is locked. Enter your password to continue.</source>
        <translation>La session de {username} est verrouillée. Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/idle_lock.py" line="194"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/idle_lock.py" line="198"/>
        <source>Password of the locked session</source>
        <translation>Mot de passe de la session verrouillée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/idle_lock.py" line="209"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/idle_lock.py" line="213"/>
        <source>Log &amp;out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/idle_lock.py" line="291"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="71"/>
        <source>&amp;Log in</source>
        <extracomment>Width in pixels the database location is shortened to (in the middle: the file name stays visible).</extracomment>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="74"/>
        <source>Login message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="144"/>
        <location filename="../../ocpm_desk/gui/login.py" line="147"/>
        <source>Database: {location}</source>
        <translation>Base de données&#xa0;: {location}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="168"/>
        <source>No keyring is available on this workstation: the password will be asked at each login.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible sur ce poste&#xa0;: le mot de passe sera demandé à chaque connexion.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="206"/>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="210"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="214"/>
        <source>Enter the server address.</source>
        <translation>Saisissez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="238"/>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="20"/>
        <source>OCPM Desk — Log in</source>
        <translation>OCPM Desk — Connexion</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="53"/>
        <source>Cantonal Office for Population and Migration</source>
        <translation>Office cantonal de la population et des migrations</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="86"/>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="103"/>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="120"/>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="146"/>
        <source>Server &amp;address</source>
        <translation>A&amp;dresse du serveur</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="163"/>
        <source>&amp;Remember password</source>
        <translation>&amp;Mémoriser le mot de passe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="73"/>
        <source>OCPM Desk — {name}</source>
        <extracomment>While the connection is lost, it is tried again sooner.</extracomment>
        <translation>OCPM Desk — {name}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="104"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="127"/>
        <source>No screens for this account</source>
        <translation>Aucun écran pour ce compte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="129"/>
        <source>The roles of this account ({roles}) give access to no screen of OCPM Desk. The intake account is the web platform&apos;s: it delivers orders, it does not process them. Log out and log in with a staff account.</source>
        <translation>Les rôles de ce compte ({roles}) ne donnent accès à aucun écran d&apos;OCPM Desk. Le compte de réception est celui de la plateforme en ligne&#xa0;: il transmet les commandes, il ne les traite pas. Déconnectez-vous et connectez-vous avec un compte du personnel.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="134"/>
        <location filename="../../ocpm_desk/gui/main_window.py" line="152"/>
        <source>&amp;Log out</source>
        <translation>&amp;Déconnexion</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="147"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="148"/>
        <source>Loc&amp;k</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="155"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="163"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="174"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="180"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="181"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="184"/>
        <source>&amp;About OCPM Desk</source>
        <translation>À &amp;propos d&apos;OCPM Desk</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="195"/>
        <source>Logged in as {username}</source>
        <translation>Connecté en tant que {username}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="198"/>
        <source>Database: {label}</source>
        <translation>Base de données&#xa0;: {label}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="317"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="319"/>
        <source>Connection lost — reconnecting</source>
        <translation>Connexion perdue — reconnexion en cours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="321"/>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="59"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="67"/>
        <source>Catalogue</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="74"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="63"/>
        <source>Overview</source>
        <extracomment>Colours of the delivery clock (also used by the queues): green, orange, red.</extracomment>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="131"/>
        <source>Orders by status</source>
        <translation>Commandes par statut</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="148"/>
        <source>Delivery clock of open orders</source>
        <translation>Délai de livraison des commandes en cours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="150"/>
        <source>Counted in working days from the order date: target 7, limit 14.</source>
        <translation>Compté en jours ouvrables depuis la date de commande&#xa0;: objectif 7, limite 14.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="91"/>
        <source>No orders to show</source>
        <translation>Aucune commande à afficher</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="91"/>
        <source>There are no orders in the statuses your roles may see.</source>
        <translation>Aucune commande ne se trouve dans les statuts visibles pour vos rôles.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="95"/>
        <source>Figures as of {time}</source>
        <translation>Chiffres au {time}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="152"/>
        <source>Open orders</source>
        <translation>Commandes en cours</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="87"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="88"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="89"/>
        <source>Central</source>
        <translation>Central</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ocpm_desk/gui/models/queue.py" line="55"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/queue.py" line="56"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/queue.py" line="57"/>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/queue.py" line="58"/>
        <source>Paid on</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/queue.py" line="59"/>
        <source>Working days</source>
        <translation>Jours ouvrables</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/queue.py" line="60"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/queue.py" line="61"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/queue.py" line="301"/>
        <source>Click to sort by this column</source>
        <translation>Cliquer pour trier selon cette colonne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/models/queue.py" line="303"/>
        <source>Working days since the order (delivery clock)</source>
        <translation>Jours ouvrables depuis la commande (délai de livraison)</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="71"/>
        <source>To process</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="72"/>
        <source>My orders</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="73"/>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="74"/>
        <source>All orders</source>
        <translation>Toutes les commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="187"/>
        <source>Nothing to process</source>
        <translation>Rien à traiter</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="188"/>
        <source>Every paid order has been taken. New ones appear here by themselves.</source>
        <translation>Toutes les commandes payées ont été prises. Les nouvelles apparaissent ici d&apos;elles-mêmes.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="189"/>
        <source>You have no order in progress</source>
        <translation>Vous n&apos;avez aucun dossier en cours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="190"/>
        <source>Take the next order waiting with “Claim the next one” (Ctrl+Shift+N).</source>
        <translation>Prenez la commande suivante avec «&#xa0;Prendre la suivante&#xa0;» (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="192"/>
        <source>No order on hold</source>
        <translation>Aucune commande en attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="193"/>
        <source>No order matches</source>
        <translation>Aucune commande ne correspond</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="193"/>
        <source>Change the search or the filters.</source>
        <translation>Modifiez la recherche ou les filtres.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="198"/>
        <source>Paid orders nobody has taken yet, the oldest payment first</source>
        <translation>Commandes payées que personne n&apos;a encore prises, le paiement le plus ancien d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="199"/>
        <source>Orders assigned to you, in review or with a refusal proposed</source>
        <translation>Commandes qui vous sont attribuées, en examen ou avec un refus proposé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="200"/>
        <source>Orders put on hold, waiting for a document or an answer</source>
        <translation>Commandes mises en attente d&apos;un document ou d&apos;une réponse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="201"/>
        <source>Every order, the newest first: search by reference, name or AVS number</source>
        <translation>Toutes les commandes, les plus récentes d&apos;abord&#xa0;: recherche par référence, nom ou n° AVS</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="244"/>
        <source>No order</source>
        <translation>Aucune commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="246"/>
        <source>1 order</source>
        <translation>1 commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="248"/>
        <source>{count} orders</source>
        <translation>{count} commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="297"/>
        <source>Reference, last name or AVS number</source>
        <translation>Référence, nom de famille ou n° AVS</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="302"/>
        <source>All services</source>
        <translation>Toutes les prestations</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="307"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="311"/>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="313"/>
        <source>Search with these filters (Enter)</source>
        <translation>Rechercher avec ces filtres (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="351"/>
        <source>Claim the &amp;next one</source>
        <translation>Prendre la &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="352"/>
        <source>Take the order waiting longest and put it in My orders</source>
        <translation>Prendre la commande qui attend depuis le plus longtemps et la mettre dans Mes dossiers</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="353"/>
        <source>&amp;Claim</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="354"/>
        <source>Take the selected orders</source>
        <translation>Prendre les commandes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="355"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="356"/>
        <source>Give the selected orders back to “To process”</source>
        <translation>Rendre les commandes sélectionnées à «&#xa0;À traiter&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="391"/>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="440"/>
        <source>Taking the next order…</source>
        <translation>Prise de la commande suivante…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="446"/>
        <source>Order {reference} taken: it is in My orders.</source>
        <translation>Commande {reference} prise&#xa0;: elle est dans Mes dossiers.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="452"/>
        <source>No paid order is waiting: nothing to take.</source>
        <translation>Aucune commande payée n&apos;attend&#xa0;: rien à prendre.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="458"/>
        <source>Claim</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="461"/>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="468"/>
        <source>Select at most {count} orders for one action.</source>
        <translation>Sélectionnez au plus {count} commandes pour une action.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="472"/>
        <source>Working on {count} orders…</source>
        <translation>Traitement de {count} commandes…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="487"/>
        <source>{done} of {count} orders done.</source>
        <translation>{done} commande(s) sur {count} traitée(s).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="504"/>
        <source>released</source>
        <translation>libéré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="504"/>
        <source>taken</source>
        <translation>pris</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="506"/>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="508"/>
        <source>changed by {person} meanwhile</source>
        <translation>modifié entre-temps par {person}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="509"/>
        <source>already taken by {person} (changed meanwhile)</source>
        <translation>déjà pris par {person} (modifié entre-temps)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="511"/>
        <source>not allowed: your roles do not allow this</source>
        <translation>non autorisé&#xa0;: vos rôles ne le permettent pas</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/queues.py" line="517"/>
        <source>not allowed: the order is “{status}”</source>
        <translation>non autorisé&#xa0;: la commande est «&#xa0;{status}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="70"/>
        <source>Caseworker</source>
        <extracomment>Roles in the order they are listed (the order of DESIGN §2).</extracomment>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="71"/>
        <source>Supervisor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="72"/>
        <source>Mail room</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="73"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="74"/>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="75"/>
        <source>Intake</source>
        <translation>Réception</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="40"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="52"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="52"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="69"/>
        <source>Every action of the main window can be reached from the keyboard.</source>
        <translation>Toutes les actions de la fenêtre principale sont accessibles au clavier.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="19"/>
        <source>Awaiting payment</source>
        <translation>À payer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="20"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="21"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="22"/>
        <source>In review</source>
        <translation>En examen</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="23"/>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="24"/>
        <source>Refusal proposed</source>
        <translation>Refus proposé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="25"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="26"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="27"/>
        <source>Ready to ship</source>
        <translation>Prête à expédier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="28"/>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="29"/>
        <source>Delivered</source>
        <translation>Distribuée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="30"/>
        <source>Returned</source>
        <translation>Retournée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="31"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="50"/>
        <source>Payment</source>
        <extracomment>The statuses grouped by stage of the lifecycle, in the order the overview shows them.</extracomment>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="51"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="52"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="53"/>
        <source>Shipping</source>
        <translation>Expédition</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <location filename="../../ocpm_desk/gui/idle_lock.py" line="376"/>
        <source>Locked at {time} after {minutes} min without activity.</source>
        <translation>Verrouillée à {time} après {minutes}&#xa0;min sans activité.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/idle_lock.py" line="383"/>
        <source>Locked at {time}.</source>
        <translation>Verrouillée à {time}.</translation>
    </message>
</context>
</TS>
