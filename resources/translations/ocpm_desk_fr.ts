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
    <name>ActionDialog</name>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="92"/>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>Confirmer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="132"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="266"/>
        <source>Approve — {reference}</source>
        <translation>Approuver — {reference}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="267"/>
        <source>Approve order {reference} ({service})? Every mandatory condition is met; the documents then go to the mail room to be printed and sent.</source>
        <translation>Approuver la commande {reference} ({service})&#xa0;? Toutes les conditions obligatoires sont remplies&#xa0;; les documents partent ensuite au courrier pour être imprimés et envoyés.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="269"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="419"/>
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="429"/>
        <source>Loading the caseworkers…</source>
        <translation>Chargement des gestionnaires…</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="443"/>
        <source>no open order</source>
        <translation>aucun dossier ouvert</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="445"/>
        <source>1 open order</source>
        <translation>1 dossier ouvert</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="447"/>
        <source>{count} open orders</source>
        <translation>{count} dossiers ouverts</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="450"/>
        <source>assigned now</source>
        <translation>attributaire actuel</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="457"/>
        <source>No active caseworker or supervisor to assign to.</source>
        <translation>Aucun gestionnaire ni responsable actif à qui attribuer.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="475"/>
        <source>Choose the person who takes the order.</source>
        <translation>Choisissez la personne qui prend la commande.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="477"/>
        <source>The order is already assigned to {person}.</source>
        <translation>La commande est déjà attribuée à {person}.</translation>
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
    <name>ConditionDialog</name>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="286"/>
        <source>Tick or override a condition — {reference}</source>
        <translation>Cocher ou forcer une condition — {reference}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="288"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="302"/>
        <source>&amp;Met</source>
        <translation>&amp;Remplie</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="303"/>
        <source>&amp;Not met</source>
        <translation>&amp;Non remplie</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="304"/>
        <source>Remove the o&amp;verride (back to the automatic result)</source>
        <translation>Retirer le &amp;forçage (retour au résultat automatique)</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="319"/>
        <source>&amp;Condition:</source>
        <translation>&amp;Condition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="321"/>
        <source>Result:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="363"/>
        <source>{kind} condition, {mandatory}; result now: {result}</source>
        <translation>Condition {kind}, {mandatory}&#xa0;; résultat actuel&#xa0;: {result}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="365"/>
        <source>mandatory</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="365"/>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="369"/>
        <source>Overridden to “{result}”: {justification}</source>
        <translation>Forcée à «&#xa0;{result}&#xa0;»&#xa0;: {justification}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="378"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="380"/>
        <source>Overriding an automatic result needs a written justification of at least {count} characters; it is kept in the audit trail.</source>
        <translation>Forcer un résultat automatique exige une justification écrite d&apos;au moins {count} caractères&#xa0;; elle est conservée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="383"/>
        <source>&amp;Note:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="384"/>
        <source>Say what you checked (document, call, register extract).</source>
        <translation>Indiquez ce que vous avez vérifié (document, appel, extrait du registre).</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="390"/>
        <source>Choose a condition.</source>
        <translation>Choisissez une condition.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="393"/>
        <source>Choose the result.</source>
        <translation>Choisissez le résultat.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="398"/>
        <source>The automatic result is already “{result}”: there is nothing to override.</source>
        <translation>Le résultat automatique est déjà «&#xa0;{result}&#xa0;»&#xa0;: il n&apos;y a rien à forcer.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="402"/>
        <source>Write a justification of at least {count} characters ({typed} typed).</source>
        <translation>Écrivez une justification d&apos;au moins {count} caractères ({typed} saisis).</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="407"/>
        <source>Write a note saying what you checked.</source>
        <translation>Écrivez une note indiquant ce que vous avez vérifié.</translation>
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
    <name>HoldDialog</name>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="165"/>
        <source>Put on hold — {reference}</source>
        <translation>Mettre en attente — {reference}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="166"/>
        <source>The order waits in “On hold” until the follow-up date. Say what it waits for.</source>
        <translation>La commande attend dans «&#xa0;En attente&#xa0;» jusqu&apos;à la date de relance. Indiquez ce qu&apos;elle attend.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="167"/>
        <source>&amp;Put on hold</source>
        <translation>&amp;Mettre en attente</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="174"/>
        <source>e.g. waiting for a copy of the passport</source>
        <translation>p. ex. attente d&apos;une copie du passeport</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="182"/>
        <source>choose a date</source>
        <translation>choisir une date</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="185"/>
        <source>&amp;Reason:</source>
        <translation>Moti&amp;f&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="186"/>
        <source>&amp;Follow-up on:</source>
        <translation>&amp;Relance le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="207"/>
        <source>Give the reason of the hold.</source>
        <translation>Indiquez le motif de la mise en attente.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="211"/>
        <source>Choose a follow-up date after today.</source>
        <translation>Choisissez une date de relance postérieure à aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="214"/>
        <source>{date} is not a working day; the next one is {next}.</source>
        <translation>Le {date} n&apos;est pas un jour ouvrable&#xa0;; le suivant est le {next}.</translation>
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
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/main_window.py" line="159"/>
        <source>&amp;Open an order…</source>
        <translation>&amp;Ouvrir une commande…</translation>
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
    <name>OpenOrderDialog</name>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="491"/>
        <source>Open an order</source>
        <translation>Ouvrir une commande</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="492"/>
        <source>Type the reference of the order (on the applicant&apos;s receipt or letter).</source>
        <translation>Saisissez la référence de la commande (sur la quittance ou le courrier du demandeur).</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="493"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="503"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="516"/>
        <source>Type a reference such as ED-2026-00000012.</source>
        <translation>Saisissez une référence du type ED-2026-00000012.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="527"/>
        <source>No order has the reference {reference}.</source>
        <translation>Aucune commande ne porte la référence {reference}.</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="85"/>
        <source>“{condition}” ({result})</source>
        <translation>«&#xa0;{condition}&#xa0;» ({result})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="88"/>
        <source>Cannot be approved yet: these mandatory conditions are neither met nor overridden — {conditions}.</source>
        <translation>Approbation impossible pour l&apos;instant&#xa0;: ces conditions obligatoires ne sont ni remplies ni forcées — {conditions}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="105"/>
        <source>Applicant and person concerned</source>
        <translation>Demandeur et personne concernée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="109"/>
        <source>Delivery and payment</source>
        <translation>Livraison et paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="115"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="169"/>
        <source>not assigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="175"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="176"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="177"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="178"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="179"/>
        <source>Ordered on</source>
        <translation>Commandée le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="180"/>
        <source>Paid on</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="181"/>
        <source>Delivery clock</source>
        <translation>Délai de livraison</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="184"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="197"/>
        <source>⚠ This service is no longer offered. Orders already placed are processed to the end (general terms, G4).</source>
        <translation>⚠ Cette prestation n&apos;est plus proposée. Les commandes déjà passées sont traitées jusqu&apos;au bout (conditions générales, G4).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="205"/>
        <source>On hold: {reason} — follow-up on {date}</source>
        <translation>En attente&#xa0;: {reason} — relance le {date}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="215"/>
        <source>granted</source>
        <translation>accordée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="216"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="217"/>
        <source>withdrawn (the fee is kept)</source>
        <translation>retirée (l&apos;émolument reste acquis)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="218"/>
        <source>cancelled before payment</source>
        <translation>annulée avant paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="223"/>
        <source>— (the clock runs only for paid orders not yet decided)</source>
        <translation>— (le délai ne court que pour les commandes payées pas encore tranchées)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="228"/>
        <source>1 working day</source>
        <translation>1 jour ouvrable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="230"/>
        <source>{count} working days</source>
        <translation>{count} jours ouvrables</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="253"/>
        <source>Applicant, who is also the person concerned</source>
        <translation>Demandeur, qui est aussi la personne concernée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="257"/>
        <source>✗ Not found in the population register: nothing to compare with.</source>
        <translation>✗ Introuvable dans le registre de la population&#xa0;: rien à comparer.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="261"/>
        <source>Field</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="261"/>
        <source>In the order</source>
        <translation>Dans la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="261"/>
        <source>In the register</source>
        <translation>Dans le registre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="261"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="269"/>
        <source>= same</source>
        <translation>= identique</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="271"/>
        <source>? not found</source>
        <translation>? introuvable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="273"/>
        <source>≠ differs</source>
        <translation>≠ différent</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="299"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="301"/>
        <source>Postal product</source>
        <translation>Produit postal</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="307"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="313"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="314"/>
        <source>Provider reference</source>
        <translation>Référence du prestataire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="316"/>
        <source>Fee</source>
        <translation>Émolument</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="317"/>
        <source>Postage</source>
        <translation>Frais de port</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="318"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="326"/>
        <source>of which VAT {rate}: {amount}</source>
        <translation>dont TVA {rate}&#xa0;: {amount}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="339"/>
        <source>Legal conditions</source>
        <translation>Conditions légales</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="360"/>
        <source>No condition to show.</source>
        <translation>Aucune condition à afficher.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="377"/>
        <source>Not evaluated</source>
        <translation>Pas évaluée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="379"/>
        <source>(overridden)</source>
        <translation>(forcé)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="390"/>
        <source>mandatory</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="390"/>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="391"/>
        <source>{kind} · {evaluator} · legal basis: {basis}</source>
        <translation>{kind} · {evaluator} · base légale&#xa0;: {basis}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="402"/>
        <source>To be ticked by hand, with a note saying what was checked.</source>
        <translation>À cocher à la main, avec une note indiquant ce qui a été vérifié.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="404"/>
        <source>Evaluated automatically when the caseworker who took the order opens it.</source>
        <translation>Évaluée automatiquement quand la personne qui a pris la commande l&apos;ouvre.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="414"/>
        <source>Note by {person}: {note}</source>
        <translation>Note de {person}&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="415"/>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="423"/>
        <source>Overridden by {person}: “{automatic}” → “{forced}”. Justification: {justification}</source>
        <translation>Forcé par {person}&#xa0;: «&#xa0;{automatic}&#xa0;» → «&#xa0;{forced}&#xa0;». Justification&#xa0;: {justification}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="427"/>
        <source>Overridden: “{automatic}” → “{forced}”. Justification: {justification}</source>
        <translation>Forcé&#xa0;: «&#xa0;{automatic}&#xa0;» → «&#xa0;{forced}&#xa0;». Justification&#xa0;: {justification}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="442"/>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="442"/>
        <source>Register or tariff</source>
        <translation>Registre ou tarif</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="447"/>
        <source>✓ matches</source>
        <translation>✓ concorde</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="447"/>
        <source>✗ does not match</source>
        <translation>✗ ne concorde pas</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="462"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="462"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="462"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order_page.py" line="462"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="154"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="175"/>
        <source>Order {reference}</source>
        <translation>Commande {reference}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="184"/>
        <source>Load the order again from the database (F5)</source>
        <translation>Recharger la commande depuis la base de données (F5)</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="606"/>
        <source>&amp;Back to the list</source>
        <translation>&amp;Retour à la liste</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="607"/>
        <source>Back to the queue this order was opened from</source>
        <translation>Revenir à la liste d&apos;où la commande a été ouverte</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="608"/>
        <source>Claim the &amp;next one</source>
        <translation>Prendre la &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="609"/>
        <source>Take the order waiting longest and open it</source>
        <translation>Prendre la commande qui attend depuis le plus longtemps et l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="610"/>
        <source>&amp;Claim</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="611"/>
        <source>Take this order: it goes to My orders</source>
        <translation>Prendre cette commande&#xa0;: elle va dans Mes dossiers</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="612"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="613"/>
        <source>Give this order back to “To process”</source>
        <translation>Rendre cette commande à «&#xa0;À traiter&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="614"/>
        <source>Put on &amp;hold…</source>
        <translation>&amp;Mettre en attente…</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="615"/>
        <source>Wait for a document or an answer, until a follow-up date</source>
        <translation>Attendre un document ou une réponse, jusqu&apos;à une date de relance</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="616"/>
        <source>Res&amp;ume</source>
        <translation>Re&amp;prendre l&apos;examen</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="617"/>
        <source>End the hold and go on with the review</source>
        <translation>Mettre fin à l&apos;attente et poursuivre l&apos;examen</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="618"/>
        <source>&amp;Approve…</source>
        <translation>Appr&amp;ouver…</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="619"/>
        <source>Grant the order: the documents go to the mail room</source>
        <translation>Accorder la commande&#xa0;: les documents partent au courrier</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="620"/>
        <source>Record a &amp;withdrawal…</source>
        <translation>Enregistrer un re&amp;trait…</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="621"/>
        <source>The applicant withdrew in writing; the fee is kept</source>
        <translation>Le demandeur s&apos;est retiré par écrit&#xa0;; l&apos;émolument reste acquis</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="622"/>
        <source>Assi&amp;gn…</source>
        <translation>Attri&amp;buer…</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="623"/>
        <source>Give this order to a caseworker (supervisor)</source>
        <translation>Confier cette commande à un gestionnaire (responsable)</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="624"/>
        <source>&amp;Evaluate again</source>
        <translation>Réé&amp;valuer</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="625"/>
        <source>Run the automatic conditions again (overrides are kept)</source>
        <translation>Réévaluer les conditions automatiques (les forçages sont conservés)</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="627"/>
        <source>&amp;Tick or override…</source>
        <translation>&amp;Cocher ou forcer…</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="628"/>
        <source>Tick a manual condition or override an automatic result</source>
        <translation>Cocher une condition manuelle ou forcer un résultat automatique</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="713"/>
        <source>Reassi&amp;gn…</source>
        <translation>Réattri&amp;buer…</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="718"/>
        <source>Grant the order: the documents go to the mail room (Ctrl+Shift+A)</source>
        <translation>Accorder la commande&#xa0;: les documents partent au courrier (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="747"/>
        <source>Another action is still on its way; try again in a moment.</source>
        <translation>Une autre action est encore en cours&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="751"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="772"/>
        <source>Order {reference} was changed by {person} meanwhile. It has been reloaded: check it, then try again.</source>
        <translation>La commande {reference} a été modifiée entre-temps par {person}. Elle a été rechargée&#xa0;: vérifiez-la, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="774"/>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="777"/>
        <source>No paid order is waiting: nothing to take.</source>
        <translation>Aucune commande payée n&apos;attend&#xa0;: rien à prendre.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="805"/>
        <source>Order {reference} is yours: it is in My orders.</source>
        <translation>La commande {reference} est à vous&#xa0;: elle est dans Mes dossiers.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="809"/>
        <source>Order {reference} released: it is back in “To process”.</source>
        <translation>Commande {reference} libérée&#xa0;: elle est de retour dans «&#xa0;À traiter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="814"/>
        <source>The review of order {reference} goes on.</source>
        <translation>L&apos;examen de la commande {reference} reprend.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="818"/>
        <source>Conditions evaluated again.</source>
        <translation>Conditions réévaluées.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="830"/>
        <source>Order {reference} is on hold until {date}.</source>
        <translation>La commande {reference} est en attente jusqu&apos;au {date}.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="838"/>
        <source>Order {reference} approved. Take the next one with Ctrl+Shift+N.</source>
        <translation>Commande {reference} approuvée. Prenez la suivante avec Ctrl+Maj+N.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="851"/>
        <source>Withdrawal of order {reference} recorded; the fee is kept.</source>
        <translation>Retrait de la commande {reference} enregistré&#xa0;; l&apos;émolument reste acquis.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="864"/>
        <source>Condition saved.</source>
        <translation>Condition enregistrée.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="871"/>
        <source>Reassign — {reference}</source>
        <translation>Réattribuer — {reference}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="871"/>
        <source>Assign — {reference}</source>
        <translation>Attribuer — {reference}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="873"/>
        <source>Order {reference} is assigned to {person}. Choose who takes it over.</source>
        <translation>La commande {reference} est attribuée à {person}. Choisissez qui la reprend.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="875"/>
        <source>Choose who takes order {reference}.</source>
        <translation>Choisissez qui prend la commande {reference}.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="883"/>
        <source>Order {reference} assigned to {person}.</source>
        <translation>Commande {reference} attribuée à {person}.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="891"/>
        <source>Taking the next order…</source>
        <translation>Prise de la commande suivante…</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="898"/>
        <source>Order {reference} taken: it is in My orders.</source>
        <translation>Commande {reference} prise&#xa0;: elle est dans Mes dossiers.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order.py" line="913"/>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/order.py" line="788"/>
        <source>The procedure did not succeed: this action is no longer possible on this order. Reload it (F5) to see where it stands.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: cette action n&apos;est plus possible sur cette commande. Rechargez-la (F5) pour voir où elle en est.</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="37"/>
        <source>Met</source>
        <translation>Remplie</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="38"/>
        <source>Not met</source>
        <translation>Non remplie</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="39"/>
        <source>Unknown</source>
        <translation>Indéterminée</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="40"/>
        <source>To tick</source>
        <translation>À cocher</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="51"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="52"/>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="61"/>
        <source>AVS number</source>
        <translation>N° AVS</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="62"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="63"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="64"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="65"/>
        <source>Fee</source>
        <translation>Émolument</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="66"/>
        <source>Postage</source>
        <translation>Frais de port</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="67"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="68"/>
        <source>Current residence</source>
        <translation>Domicile actuel</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="69"/>
        <source>Geneva residences</source>
        <translation>Séjours à Genève</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="70"/>
        <source>Swiss citizen</source>
        <translation>Nationalité suisse</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="71"/>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="72"/>
        <source>Person concerned</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="75"/>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="76"/>
        <source>Order date</source>
        <translation>Date de la commande</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="77"/>
        <source>Postal product</source>
        <translation>Produit postal</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="78"/>
        <source>Salutation</source>
        <translation>Formule d&apos;appel</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="79"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="80"/>
        <source>House number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="81"/>
        <source>Postcode</source>
        <translation>NPA</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="82"/>
        <source>Foreign postcode</source>
        <translation>Code postal étranger</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="83"/>
        <source>Town</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="84"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="85"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="86"/>
        <source>Address line</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="87"/>
        <source>Dwelling number</source>
        <translation>Numéro de logement</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="88"/>
        <source>Post office box</source>
        <translation>Case postale</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="106"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="107"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="108"/>
        <source>the applicant</source>
        <translation>le demandeur</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="109"/>
        <source>another person</source>
        <translation>une autre personne</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="117"/>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="122"/>
        <source>offered from {start}</source>
        <translation>proposée dès le {start}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="123"/>
        <source>offered from {start} to {end}</source>
        <translation>proposée du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="136"/>
        <source>The amount paid covers the {due} due.</source>
        <translation>Le montant payé couvre les {due} dus.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="139"/>
        <source>The amount paid is {short} short of the {due} due.</source>
        <translation>Il manque {short} au montant payé sur les {due} dus.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="142"/>
        <source>The amount due cannot be computed; check it by hand.</source>
        <translation>Le montant dû ne peut pas être calculé&#xa0;; vérifiez-le à la main.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="144"/>
        <source>The register holds {count} Geneva residence(s).</source>
        <translation>Le registre compte {count} séjour(s) à Genève.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="151"/>
        <source>The order has not been paid.</source>
        <translation>La commande n&apos;a pas été payée.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="152"/>
        <source>No fee schedule or postage tariff is known at the payment date; check the amount by hand.</source>
        <translation>Aucun barème d&apos;émoluments ni tarif postal n&apos;est connu à la date du paiement&#xa0;; vérifiez le montant à la main.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="154"/>
        <source>The identity given matches the register.</source>
        <translation>L&apos;identité donnée correspond au registre.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="155"/>
        <source>The person concerned was not found in the register.</source>
        <translation>La personne concernée est introuvable dans le registre de la population.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="156"/>
        <source>The person concerned was not found in the register; check by hand.</source>
        <translation>La personne concernée est introuvable dans le registre de la population&#xa0;; vérifiez à la main.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="157"/>
        <source>The person concerned was not found in the register, so the legal representative cannot be checked; check by hand.</source>
        <translation>La personne concernée est introuvable dans le registre, le représentant légal ne peut donc pas être contrôlé&#xa0;; vérifiez à la main.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="159"/>
        <source>The person is registered in Geneva.</source>
        <translation>La personne est domiciliée à Genève.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="160"/>
        <source>The register shows no current residence in Geneva.</source>
        <translation>Le registre n&apos;indique aucun domicile actuel à Genève.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="161"/>
        <source>The register holds no Geneva residence.</source>
        <translation>Le registre ne compte aucun séjour à Genève.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="162"/>
        <source>The person is a Swiss citizen.</source>
        <translation>La personne est de nationalité suisse.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="163"/>
        <source>The register does not record Swiss citizenship.</source>
        <translation>Le registre n&apos;indique pas la nationalité suisse.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="164"/>
        <source>The person still lives in Geneva.</source>
        <translation>La personne habite encore à Genève.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="165"/>
        <source>The register records no departure from Geneva.</source>
        <translation>Le registre n&apos;indique aucun départ de Genève.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="166"/>
        <source>The register records a departure from Geneva.</source>
        <translation>Le registre indique un départ de Genève.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="167"/>
        <source>The applicant is the adult person concerned.</source>
        <translation>Le demandeur est la personne concernée, majeure.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="168"/>
        <source>The applicant is a minor ordering for themselves; check the consent of a legal representative.</source>
        <translation>Le demandeur est mineur et commande pour lui-même&#xa0;; vérifiez l&apos;accord d&apos;un représentant légal.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="170"/>
        <source>The applicant orders for another adult; check the power of attorney.</source>
        <translation>Le demandeur commande pour un autre adulte&#xa0;; vérifiez la procuration.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="171"/>
        <source>The applicant is the recorded legal representative of the minor concerned.</source>
        <translation>Le demandeur est le représentant légal enregistré du mineur concerné.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="172"/>
        <source>The applicant is not recorded as the minor&apos;s legal representative today; check the power of attorney.</source>
        <translation>Le demandeur n&apos;est pas enregistré comme représentant légal du mineur à ce jour&#xa0;; vérifiez la procuration.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="174"/>
        <source>The address is complete and the postal product suits the destination.</source>
        <translation>L&apos;adresse est complète et le produit postal convient à la destination.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="175"/>
        <source>The service was available on the order date.</source>
        <translation>La prestation était proposée à la date de la commande.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="176"/>
        <source>The service was ordered before it was offered.</source>
        <translation>La prestation a été commandée avant d&apos;être proposée.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="177"/>
        <source>The service was ordered after it was withdrawn.</source>
        <translation>La prestation a été commandée après son retrait du catalogue.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="190"/>
        <source>Differs from the register: {fields}.</source>
        <translation>Diffère du registre&#xa0;: {fields}.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="193"/>
        <source>The AVS number given is not a valid one (756.XXXX.XXXX.XC with a correct check digit).</source>
        <translation>Le n° AVS donné n&apos;est pas valable (756.XXXX.XXXX.XC avec une clé de contrôle correcte).</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="197"/>
        <source>The delivery cannot go out as given; check: {fields}.</source>
        <translation>L&apos;envoi ne peut pas partir tel quel&#xa0;; à vérifier&#xa0;: {fields}.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="217"/>
        <source>Not a Swiss citizen</source>
        <translation>Pas de nationalité suisse</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="225"/>
        <source>Commune: {value}</source>
        <translation>Commune&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="226"/>
        <source>Left Geneva on {value}</source>
        <translation>Départ de Genève le {value}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="227"/>
        <source>Geneva residences in the register: {value}</source>
        <translation>Séjours à Genève au registre&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="228"/>
        <source>Nationality: {value}</source>
        <translation>Nationalité&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="229"/>
        <source>Residence permit: {value}</source>
        <translation>Permis de séjour&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="244"/>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="254"/>
        <source>Order received</source>
        <translation>Commande reçue</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="255"/>
        <source>Payment validated</source>
        <translation>Paiement validé</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="256"/>
        <source>Cancelled before payment</source>
        <translation>Annulée avant paiement</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="257"/>
        <source>Claimed</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="258"/>
        <source>Released</source>
        <translation>Libérée</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="259"/>
        <source>Reassigned</source>
        <translation>Réattribuée</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="260"/>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="261"/>
        <source>Put on hold</source>
        <translation>Mise en attente</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="262"/>
        <source>Review resumed</source>
        <translation>Examen repris</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="263"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="264"/>
        <source>Refusal proposed</source>
        <translation>Refus proposé</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="265"/>
        <source>Refusal proposal returned</source>
        <translation>Proposition de refus renvoyée</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="266"/>
        <source>Refusal approved</source>
        <translation>Refus approuvé</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="267"/>
        <source>Withdrawal recorded</source>
        <translation>Retrait enregistré</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="268"/>
        <source>Documents printed</source>
        <translation>Documents imprimés</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="269"/>
        <source>Handed to the post</source>
        <translation>Remise à la poste</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="270"/>
        <source>Delivered</source>
        <translation>Distribuée</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="271"/>
        <source>Returned by the post</source>
        <translation>Retournée par la poste</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="272"/>
        <source>Sent again</source>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="273"/>
        <source>Reissued (error attributable to OCPM)</source>
        <translation>Réémise (erreur imputable à l&apos;OCPM)</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="274"/>
        <source>Conditions evaluated</source>
        <translation>Conditions évaluées</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="275"/>
        <source>Condition ticked</source>
        <translation>Condition cochée</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="276"/>
        <source>Result overridden</source>
        <translation>Résultat forcé</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="277"/>
        <source>Override removed</source>
        <translation>Forçage retiré</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="300"/>
        <source>{met} met, {not_met} not met, {unknown} unknown</source>
        <translation>{met} remplie(s), {not_met} non remplie(s), {unknown} indéterminée(s)</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="303"/>
        <source>{reason} (follow-up on {date})</source>
        <translation>{reason} (relance le {date})</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="306"/>
        <source>{note} — the fee paid ({amount}) is kept, not refunded</source>
        <translation>{note} — l&apos;émolument payé ({amount}) reste acquis, il n&apos;est pas remboursé</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="315"/>
        <source>{condition}: override “{result}” removed</source>
        <translation>{condition}&#xa0;: forçage «&#xa0;{result}&#xa0;» retiré</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/order_text.py" line="327"/>
        <source>No rule set was in force on the payment date.</source>
        <translation>Aucun jeu de règles n&apos;était en vigueur à la date du paiement.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="73"/>
        <source>Aged 18 or over</source>
        <translation>18 ans ou plus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="74"/>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="214"/>
        <source>Lives in Geneva</source>
        <translation>Domicile à Genève</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="215"/>
        <source>No current residence in Geneva</source>
        <translation>Aucun domicile actuel à Genève</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="219"/>
        <source>18 or over</source>
        <translation>18 ans ou plus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="224"/>
        <source>In Geneva since {value}</source>
        <translation>À Genève depuis le {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="230"/>
        <source>Legal representation of {value}</source>
        <translation>Représentation légale de {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="231"/>
        <source>Legally represented by {value}</source>
        <translation>Représentation légale par {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="333"/>
        <source>Rule set {service}, in force from {start} to {end}</source>
        <translation>Jeu de règles {service}, en vigueur du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="335"/>
        <source>Rule set {service}, in force from {start}</source>
        <translation>Jeu de règles {service}, en vigueur dès le {start}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="363"/>
        <source>The procedure did not succeed: {date} is a day the offices are closed. Choose another follow-up date, for example {next}.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: le {date} est un jour de fermeture des bureaux. Choisissez une autre date de relance, par exemple le {next}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="368"/>
        <source>The procedure did not succeed: the follow-up date must be after today. Choose another.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: la date de relance doit être postérieure à aujourd&apos;hui. Choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="370"/>
        <source>The procedure did not succeed: mandatory conditions are not met. Reload the order (F5) to see which.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: des conditions obligatoires ne sont pas remplies. Rechargez la commande (F5) pour voir lesquelles.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="373"/>
        <source>The procedure did not succeed: the conditions were never evaluated. Evaluate them (Ctrl+Shift+E), then try again.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: les conditions n&apos;ont jamais été évaluées. Réévaluez-les (Ctrl+Maj+E), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="376"/>
        <source>The procedure did not succeed: this person cannot be given orders (account inactive or without the caseworker role). Choose someone else.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: cette personne ne peut pas recevoir de commandes (compte inactif ou sans rôle de gestionnaire). Choisissez quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/order_text.py" line="379"/>
        <source>The procedure did not succeed: the order is no longer open for this. Reload it (F5).</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: la commande n&apos;est plus ouverte à cette action. Rechargez-la (F5).</translation>
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
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/queues.py" line="353"/>
        <source>Delivery clock of open orders (working days since the order)</source>
        <translation>Délai de livraison des commandes ouvertes (jours ouvrables depuis la commande)</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/queues.py" line="354"/>
        <source>Any delivery clock</source>
        <translation>Tous les délais</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/queues.py" line="361"/>
        <source>&amp;Paid from</source>
        <translation>Payée &amp;du</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/queues.py" line="364"/>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/queues.py" line="420"/>
        <source>Assi&amp;gn…</source>
        <translation>Attri&amp;buer…</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/queues.py" line="421"/>
        <source>Give the selected orders to a caseworker (or take them from one)</source>
        <translation>Confier les commandes sélectionnées à un gestionnaire (ou les lui reprendre)</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/queues.py" line="542"/>
        <source>Assign {reference}</source>
        <translation>Attribuer {reference}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/queues.py" line="543"/>
        <source>Assign {count} orders</source>
        <translation>Attribuer {count} commandes</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/queues.py" line="544"/>
        <source>Choose who takes order {reference}.</source>
        <translation>Choisissez qui prend la commande {reference}.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/queues.py" line="545"/>
        <source>Choose who takes the {count} selected orders. Each order gets its own result.</source>
        <translation>Choisissez qui prend les {count} commandes sélectionnées. Chaque commande reçoit son propre résultat.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/queues.py" line="558"/>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/queues.py" line="610"/>
        <source>assigned to {person}</source>
        <translation>attribué à {person}</translation>
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
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="227"/>
        <source>Record a withdrawal — {reference}</source>
        <translation>Enregistrer un retrait — {reference}</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="228"/>
        <source>Record the applicant&apos;s written withdrawal. The order ends here; nothing is sent.</source>
        <translation>Enregistrez le retrait écrit du demandeur. La commande s&apos;arrête ici&#xa0;; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="229"/>
        <source>&amp;Record the withdrawal</source>
        <translation>&amp;Enregistrer le retrait</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="234"/>
        <source>The fee is kept: the {amount} paid are not refunded (general terms: a paid order is definitive).</source>
        <translation>L&apos;émolument reste acquis&#xa0;: les {amount} payés ne sont pas remboursés (conditions générales&#xa0;: une commande payée est définitive).</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="241"/>
        <source>e.g. letter of 12.03.2026 received by post</source>
        <translation>p. ex. lettre du 12.03.2026 reçue par la poste</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="242"/>
        <source>&amp;Written withdrawal:</source>
        <translation>Retrait &amp;écrit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../work/main/ocpm_desk/gui/screens/order_dialogs.py" line="255"/>
        <source>Say when and how the applicant withdrew (at least {count} characters).</source>
        <translation>Indiquez quand et comment le demandeur s&apos;est retiré (au moins {count} caractères).</translation>
    </message>
</context>
</TS>
