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
    <name>LoginDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="69"/>
        <source>&amp;Log in</source>
        <extracomment>Width in pixels the database location is shortened to (in the middle: the file name stays visible).</extracomment>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="72"/>
        <source>Login message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="131"/>
        <location filename="../../ocpm_desk/gui/login.py" line="134"/>
        <source>Database: {location}</source>
        <translation>Base de données&#xa0;: {location}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="179"/>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="183"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="187"/>
        <source>Enter the server address.</source>
        <translation>Saisissez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/login.py" line="207"/>
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
        <location filename="../../ocpm_desk/gui/main_window.py" line="64"/>
        <source>OCPM Desk — {name}</source>
        <extracomment>While the connection is lost, it is tried again sooner.</extracomment>
        <translation>OCPM Desk — {name}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="92"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="114"/>
        <source>No screens for this account</source>
        <translation>Aucun écran pour ce compte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="116"/>
        <source>The roles of this account ({roles}) give access to no screen of OCPM Desk. The intake account is the web platform&apos;s: it delivers orders, it does not process them. Log out and log in with a staff account.</source>
        <translation>Les rôles de ce compte ({roles}) ne donnent accès à aucun écran d&apos;OCPM Desk. Le compte de réception est celui de la plateforme en ligne&#xa0;: il transmet les commandes, il ne les traite pas. Déconnectez-vous et connectez-vous avec un compte du personnel.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="121"/>
        <location filename="../../ocpm_desk/gui/main_window.py" line="135"/>
        <source>&amp;Log out</source>
        <translation>&amp;Déconnexion</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="134"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="138"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="146"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="157"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="163"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="164"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="167"/>
        <source>&amp;About OCPM Desk</source>
        <translation>À &amp;propos d&apos;OCPM Desk</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="178"/>
        <source>Logged in as {username}</source>
        <translation>Connecté en tant que {username}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="181"/>
        <source>Database: {label}</source>
        <translation>Base de données&#xa0;: {label}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="271"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="273"/>
        <source>Connection lost — reconnecting</source>
        <translation>Connexion perdue — reconnexion en cours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="275"/>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="42"/>
        <source>Overview</source>
        <extracomment>Status counts are not personal data: every staff role sees the overview, the intake account does not.</extracomment>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="49"/>
        <source>Catalogue</source>
        <translation>Référentiel</translation>
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
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="128"/>
        <source>Orders by status</source>
        <translation>Commandes par statut</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="145"/>
        <source>Delivery clock of open orders</source>
        <translation>Délai de livraison des commandes en cours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="147"/>
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
        <location filename="../../ocpm_desk/gui/screens/overview.py" line="149"/>
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
</TS>
